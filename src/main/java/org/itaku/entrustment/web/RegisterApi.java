package org.itaku.entrustment.web;

import java.net.URI;
import java.util.Map;

import org.itaku.entrustment.Chain;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Impact;
import org.itaku.entrustment.ImpactIndex;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.ResultPage;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.vocabulary.DataItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register over HTTP/JSON. The workspace always comes from the signed-in member, never from the request. */
@RestController
@RequestMapping("/api/register")
class RegisterApi {

    private final Register register;
    private final ChainDiagram diagram;

    private final RegisterMessages messages;

    RegisterApi(Register register, ChainDiagram diagram, RegisterMessages messages) {
        this.messages = messages;
        this.register = register;
        this.diagram = diagram;
    }

    private static long ws() {
        return CurrentWorkspace.id();
    }

    @GetMapping("/operators")
    ResultPage<Operator> operators(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String after) {
        // page=N still works; after=<next of the page before> reads the next page from its key (README, register API).
        return register.searchOperators(ws(), q, page, size, after);
    }

    @GetMapping("/operators/{id}")
    Operator operator(@PathVariable long id) {
        return register.operator(ws(), id);
    }

    @PostMapping("/operators")
    ResponseEntity<Operator> createOperator(@RequestBody OperatorForm form) {
        long id = register.createOperator(ws(), form.toOperator(0));
        return ResponseEntity.created(URI.create("/api/register/operators/" + id)).body(register.operator(ws(), id));
    }

    @PutMapping("/operators/{id}")
    Operator updateOperator(@PathVariable long id, @RequestBody OperatorForm form) {
        register.updateOperator(ws(), form.toOperator(id));
        return register.operator(ws(), id);
    }

    @DeleteMapping("/operators/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteOperator(@PathVariable long id) {
        register.deleteOperator(ws(), id);
    }

    @GetMapping("/operators/{id}/holdings")
    ResultPage<Holding> holdingsAt(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return register.holdingsAt(ws(), id, page, size);
    }

    @GetMapping("/operators/{id}/entrustments")
    java.util.List<Entrustment> entrustmentsOf(@PathVariable long id) {
        return register.entrustmentsOf(ws(), id);
    }

    @GetMapping("/operators/{id}/chain")
    Chain chain(@PathVariable long id, @RequestParam(defaultValue = "500") int limit) {
        return register.chain(ws(), id, Math.min(limit, 5000));
    }

    @GetMapping(value = "/operators/{id}/chain.svg", produces = "image/svg+xml")
    String chainSvg(@PathVariable long id) {
        return diagram.render(register.chain(ws(), id, ChainDiagram.MAX_NODES_PER_SIDE), false);
    }

    /** The impact's summary, one page of principals (optionally at one distance) and one page of holdings. */
    record ImpactAnswer(Impact.Summary summary, ResultPage<Impact.AffectedPrincipal> principals,
            ResultPage<Impact.AffectedHolding> holdings) {
    }

    /**
     * What an incident at the operator would touch: a summary, then pages. At a SaaS vendor the whole answer was 90 MB
     * (170,000 principals with their paths); a client pages through it with {@code page}, {@code size} (at most
     * 500), {@code distance} and {@code holdingsPage}.
     */
    @GetMapping("/operators/{id}/impact")
    ImpactAnswer impact(@PathVariable long id, @RequestParam(required = false) Integer distance,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "0") int holdingsPage) {
        ImpactIndex impact = register.impactIndex(ws(), id);
        return new ImpactAnswer(impact.summary(), impact.principals(distance, page, size),
                impact.holdings(holdingsPage, size));
    }

    @GetMapping("/entrustments")
    ResultPage<Entrustment> entrustments(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return register.entrustments(ws(), page, size);
    }

    @GetMapping("/entrustments/{id}")
    Entrustment entrustment(@PathVariable long id) {
        return register.entrustment(ws(), id);
    }

    @PostMapping("/entrustments")
    ResponseEntity<Entrustment> createEntrustment(@RequestBody EntrustmentForm form) {
        long id = register.createEntrustment(ws(), form.toEntrustment(0));
        return ResponseEntity.created(URI.create("/api/register/entrustments/" + id)).body(register.entrustment(ws(), id));
    }

    @PutMapping("/entrustments/{id}")
    Entrustment updateEntrustment(@PathVariable long id, @RequestBody EntrustmentForm form) {
        register.updateEntrustment(ws(), form.toEntrustment(id));
        return register.entrustment(ws(), id);
    }

    @DeleteMapping("/entrustments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEntrustment(@PathVariable long id) {
        register.deleteEntrustment(ws(), id);
    }

    @GetMapping("/holdings")
    ResultPage<Holding> holdings(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return register.searchHoldings(ws(), q, page, size);
    }

    @GetMapping("/holdings/{id}")
    Holding holding(@PathVariable long id) {
        return register.holding(ws(), id);
    }

    @PostMapping("/holdings")
    ResponseEntity<Holding> createHolding(@RequestBody HoldingForm form) {
        long id = register.createHolding(ws(), form.toHolding(0));
        return ResponseEntity.created(URI.create("/api/register/holdings/" + id)).body(register.holding(ws(), id));
    }

    @PutMapping("/holdings/{id}")
    Holding updateHolding(@PathVariable long id, @RequestBody HoldingForm form) {
        register.updateHolding(ws(), form.toHolding(id));
        return register.holding(ws(), id);
    }

    @DeleteMapping("/holdings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteHolding(@PathVariable long id) {
        register.deleteHolding(ws(), id);
    }

    @GetMapping("/watch")
    RegisterMessages.WatchView watch() {
        return messages.watch(register.watchList(ws()));
    }

    @GetMapping(value = "/items", produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.List<Map<String, Object>> items() {
        return DataItem.all().stream()
                .map(i -> Map.<String, Object>of("code", i.code(), "label", i.label(), "flags", i.flags())).toList();
    }
}
