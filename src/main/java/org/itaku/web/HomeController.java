package org.itaku.web;

import org.itaku.identity.CurrentWorkspace;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: where a signed-in user lands. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("member", CurrentWorkspace.find().orElse(null));
        return "home";
    }
}
