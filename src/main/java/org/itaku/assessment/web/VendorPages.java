package org.itaku.assessment.web;

import org.itaku.assessment.Assessments;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A vendor respondent with an account sees the questionnaires addressed to its e-mail in this workspace, and opens
 * one through a fresh link (the same respondent pages as the mailed link; nothing else of the workspace).
 */
@Controller
class VendorPages {

    private final Assessments assessments;

    VendorPages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/vendor")
    String list(Model model) {
        WorkspaceMember me = CurrentWorkspace.require();
        model.addAttribute("items", assessments.addressedTo(me.workspaceId(), me.email()));
        model.addAttribute("today", assessments.today());
        return "assessment/vendor";
    }

    @PostMapping("/vendor/assessments/{id}/open")
    String open(@PathVariable long id) {
        WorkspaceMember me = CurrentWorkspace.require();
        return "redirect:/respond/" + assessments.linkForRespondent(me.workspaceId(), me.email(), id).token();
    }
}
