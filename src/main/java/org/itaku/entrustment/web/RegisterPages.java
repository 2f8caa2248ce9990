package org.itaku.entrustment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.ImpactIndex;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.StorageLocation;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.Role;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register's pages: list and search, view, create, edit, chain diagram, impact and the watch list. */
@Controller
@RequestMapping("/register")
class RegisterPages {

    /** Above this many operators a select box is no help; the form asks for the operator number instead. */
    static final int SELECT_LIMIT = 1000;
    static final int HOLDINGS_PAGE = 50;

    private final Register register;
    private final ChainDiagram diagram;
    private final RegisterMessages messages;

    RegisterPages(Register register, ChainDiagram diagram, RegisterMessages messages) {
        this.register = register;
        this.diagram = diagram;
        this.messages = messages;
    }

    private static long ws() {
        return CurrentWorkspace.id();
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("canWrite", CurrentWorkspace.find().map(m -> m.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.STAFF))
                .orElse(false));
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("operators", register.searchOperators(ws(), q, page, 50, after));
        model.addAttribute("watchCount", register.watchList(ws()).size());
        return "entrustment/index";
    }

    // ---- operators

    @GetMapping("/operators/new")
    String newOperator(Model model) {
        return operatorForm(model, OperatorForm.empty(), null, null);
    }

    @PostMapping("/operators")
    String createOperator(@ModelAttribute("form") OperatorForm form, Model model) {
        try {
            return "redirect:/register/operators/" + register.createOperator(ws(), form.toOperator(0));
        } catch (IllegalArgumentException e) {
            return operatorForm(model, form, null, messages.text(e));
        }
    }

    @GetMapping("/operators/{id}")
    String operator(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Operator operator = register.operator(ws(), id);
        model.addAttribute("operator", operator);
        List<Entrustment> entrustments = register.entrustmentsOf(ws(), id);
        model.addAttribute("asPrincipal", entrustments.stream().filter(e -> e.principalId() == id).toList());
        model.addAttribute("asEntrustee", entrustments.stream().filter(e -> e.entrusteeId() == id).toList());
        model.addAttribute("holdingsAt", register.holdingsAt(ws(), id, page, HOLDINGS_PAGE));
        model.addAttribute("holdingsFor", register.holdingsFor(ws(), id));
        model.addAttribute("names", new Names(register, ws()));
        model.addAttribute("diagram", diagram.render(register.chain(ws(), id, ChainDiagram.MAX_NODES_PER_SIDE), true));
        return "entrustment/operator";
    }

    @GetMapping("/operators/{id}/edit")
    String editOperator(@PathVariable long id, Model model) {
        return operatorForm(model, OperatorForm.of(register.operator(ws(), id)), id, null);
    }

    @PostMapping("/operators/{id}")
    String updateOperator(@PathVariable long id, @ModelAttribute("form") OperatorForm form, Model model) {
        try {
            register.updateOperator(ws(), form.toOperator(id));
            return "redirect:/register/operators/" + id;
        } catch (IllegalArgumentException e) {
            register.operator(ws(), id);
            return operatorForm(model, form, id, messages.text(e));
        }
    }

    @PostMapping("/operators/{id}/delete")
    String deleteOperator(@PathVariable long id, Model model) {
        try {
            register.deleteOperator(ws(), id);
            return "redirect:/register";
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", messages.text(e));
            return operator(id, 0, model);
        }
    }

    /** The impact page: the summary by distance first, then one page of principals and one of holdings. */
    @GetMapping("/operators/{id}/impact")
    String impact(@PathVariable long id, @RequestParam(required = false) Integer distance,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int holdingsPage,
            Model model) {
        ImpactIndex impact = register.impactIndex(ws(), id);
        model.addAttribute("impact", impact.summary());
        model.addAttribute("distance", distance);
        model.addAttribute("principals", impact.principals(distance, Math.max(0, page), 100));
        model.addAttribute("holdings", impact.holdings(Math.max(0, holdingsPage), 100));
        return "entrustment/impact";
    }

    private String operatorForm(Model model, OperatorForm form, Long id, String error) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", OperatorKind.values());
        model.addAttribute("error", error);
        return "entrustment/operator-form";
    }

    // ---- entrustments

    @GetMapping("/entrustments")
    String entrustments(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entrustments", register.entrustments(ws(), page, 50));
        model.addAttribute("names", new Names(register, ws()));
        return "entrustment/entrustments";
    }

    @GetMapping("/entrustments/new")
    String newEntrustment(@RequestParam(required = false) Long principalId, @RequestParam(required = false) Long entrusteeId,
            Model model) {
        return entrustmentForm(model, EntrustmentForm.empty(principalId, entrusteeId), null, null);
    }

    @PostMapping("/entrustments")
    String createEntrustment(@ModelAttribute("form") EntrustmentForm form, Model model) {
        try {
            return "redirect:/register/entrustments/" + register.createEntrustment(ws(), form.toEntrustment(0));
        } catch (IllegalArgumentException e) {
            return entrustmentForm(model, form, null, messages.text(e));
        }
    }

    @GetMapping("/entrustments/{id}")
    String entrustment(@PathVariable long id, Model model) {
        model.addAttribute("entrustment", register.entrustment(ws(), id));
        model.addAttribute("names", new Names(register, ws()));
        return "entrustment/entrustment";
    }

    @GetMapping("/entrustments/{id}/edit")
    String editEntrustment(@PathVariable long id, Model model) {
        return entrustmentForm(model, EntrustmentForm.of(register.entrustment(ws(), id)), id, null);
    }

    @PostMapping("/entrustments/{id}")
    String updateEntrustment(@PathVariable long id, @ModelAttribute("form") EntrustmentForm form, Model model) {
        try {
            register.updateEntrustment(ws(), form.toEntrustment(id));
            return "redirect:/register/entrustments/" + id;
        } catch (IllegalArgumentException e) {
            register.entrustment(ws(), id);
            return entrustmentForm(model, form, id, messages.text(e));
        }
    }

    @PostMapping("/entrustments/{id}/delete")
    String deleteEntrustment(@PathVariable long id) {
        Entrustment e = register.entrustment(ws(), id);
        register.deleteEntrustment(ws(), id);
        return "redirect:/register/operators/" + e.principalId();
    }

    private String entrustmentForm(Model model, EntrustmentForm form, Long id, String error) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("endings", EndOfContract.values());
        operatorChoices(model);
        model.addAttribute("error", error);
        return "entrustment/entrustment-form";
    }

    // ---- holdings

    @GetMapping("/holdings")
    String holdings(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("holdings", register.searchHoldings(ws(), q, page, 50));
        model.addAttribute("names", new Names(register, ws()));
        return "entrustment/holdings";
    }

    @GetMapping("/holdings/new")
    String newHolding(@RequestParam(required = false) Long operatorId, @RequestParam(required = false) Long principalId,
            Model model) {
        return holdingForm(model, HoldingForm.empty(operatorId, principalId), null, null);
    }

    @PostMapping("/holdings")
    String createHolding(@ModelAttribute("form") HoldingForm form, Model model) {
        try {
            return "redirect:/register/holdings/" + register.createHolding(ws(), form.toHolding(0));
        } catch (IllegalArgumentException e) {
            return holdingForm(model, form, null, messages.text(e));
        }
    }

    @GetMapping("/holdings/{id}")
    String holding(@PathVariable long id, Model model) {
        Holding holding = register.holding(ws(), id);
        model.addAttribute("holding", holding);
        model.addAttribute("names", new Names(register, ws()));
        model.addAttribute("pastDeletionDate", holding.pastDeletionDate(register.today()));
        return "entrustment/holding";
    }

    @GetMapping("/holdings/{id}/edit")
    String editHolding(@PathVariable long id, Model model) {
        return holdingForm(model, HoldingForm.of(register.holding(ws(), id)), id, null);
    }

    @PostMapping("/holdings/{id}")
    String updateHolding(@PathVariable long id, @ModelAttribute("form") HoldingForm form, Model model) {
        try {
            register.updateHolding(ws(), form.toHolding(id));
            return "redirect:/register/holdings/" + id;
        } catch (IllegalArgumentException e) {
            register.holding(ws(), id);
            return holdingForm(model, form, id, messages.text(e));
        }
    }

    @PostMapping("/holdings/{id}/delete")
    String deleteHolding(@PathVariable long id) {
        Holding h = register.holding(ws(), id);
        register.deleteHolding(ws(), id);
        return "redirect:/register/operators/" + h.operatorId();
    }

    /** The boxes to tick again when the form comes back; codes the glossary does not know tick nothing. */
    private static java.util.Set<String> selectedItems(String codes) {
        java.util.Set<String> selected = new java.util.HashSet<>();
        if (codes != null) {
            for (String code : codes.split("[,\\s]+")) {
                selected.add(code.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return selected;
    }

    private String holdingForm(Model model, HoldingForm form, Long id, String error) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("items", DataItem.all());
        model.addAttribute("selectedItems", selectedItems(form.itemCodes()));
        model.addAttribute("locations", StorageLocation.values());
        model.addAttribute("encryptions", Encryption.values());
        operatorChoices(model);
        model.addAttribute("error", error);
        return "entrustment/holding-form";
    }

    private void operatorChoices(Model model) {
        var first = register.searchOperators(ws(), "", 0, 500);
        model.addAttribute("choices", first.total() <= 500 ? first.items() : null);
    }

    // ---- watch list

    @GetMapping("/watch")
    String watch(Model model) {
        model.addAttribute("watch", register.watchList(ws()));
        return "entrustment/watch";
    }

    /** Operator names for ids shown on a page, looked up once each and only in this workspace. */
    public static final class Names {
        private final Register register;
        private final long workspaceId;
        private final Map<Long, String> cache = new HashMap<>();

        Names(Register register, long workspaceId) {
            this.register = register;
            this.workspaceId = workspaceId;
        }

        public String of(long id) {
            return cache.computeIfAbsent(id, k -> register.operator(workspaceId, k).name());
        }
    }
}
