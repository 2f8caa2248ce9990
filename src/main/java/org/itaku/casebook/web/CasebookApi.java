package org.itaku.casebook.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.itaku.casebook.NoticeCommand;
import org.itaku.casebook.CaseSummary;
import org.itaku.casebook.Casebook;
import org.itaku.casebook.NoticeSource;
import org.itaku.casebook.StoredCase;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case library over HTTP/JSON. The workspace always comes from the signed-in member; bad input answers 400 with a
 * problem body (ApiErrors), a case of another workspace 404.
 */
@RestController
@RequestMapping("/api/casebook")
class CasebookApi {

    private final Casebook casebook;

    CasebookApi(Casebook casebook) {
        this.casebook = casebook;
    }

    /** Notices to import: each with a name and its text; the sector applies to all. */
    record ImportRequest(List<Notice> notices, String sector) {
        record Notice(String name, String text) {
        }
    }

    record Imported(List<Long> ids) {
    }

    /** The stored case; {@code record} has the keys and conventions of {@code itaku notice read}. */
    record Case(long id, String sourceName, String sector, Instant importedAt, Map<String, Object> record) {
        static Case of(StoredCase c) {
            return new Case(c.id(), c.sourceName(), c.sector(), c.importedAt(),
                    NoticeCommand.toMap(c.sourceName(), null, c.record()));
        }
    }

    @GetMapping
    List<CaseSummary> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean vendor,
            @RequestParam(required = false) String sector, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        String t = type == null || type.isBlank() ? null : type;
        return casebook.search(CurrentWorkspace.id(), q, new Casebook.Filter(t, year, vendor, sector), limit);
    }

    @GetMapping("/{id}")
    Case one(@PathVariable long id) {
        return Case.of(casebook.find(CurrentWorkspace.id(), id));
    }

    @GetMapping("/{id}/veris")
    Map<String, Object> veris(@PathVariable long id) {
        return casebook.veris(CurrentWorkspace.id(), id);
    }

    @PostMapping
    ResponseEntity<Imported> importNotices(@RequestBody ImportRequest request) {
        WorkspaceMember me = CurrentWorkspace.require();
        List<NoticeSource> sources = new ArrayList<>();
        if (request != null && request.notices() != null) {
            for (ImportRequest.Notice n : request.notices()) {
                if (n == null) {
                    throw new IllegalArgumentException("a notice must be an object with name and text");
                }
                sources.add(new NoticeSource(n.name(), n.text()));
            }
        }
        List<Long> ids = casebook.importNotices(me.workspaceId(), sources, request == null ? null : request.sector(), me.userId());
        return ResponseEntity.created(URI.create("/api/casebook/" + ids.get(0))).body(new Imported(ids));
    }

    /** Corrects fields of a case: a JSON object with keys of the record ({@code "persons_affected": 12}). */
    @PatchMapping("/{id}")
    Case correct(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        WorkspaceMember me = CurrentWorkspace.require();
        return Case.of(casebook.correct(me.workspaceId(), id, changes, me.userId()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        casebook.delete(CurrentWorkspace.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/rebuild")
    Map<String, Integer> rebuild() {
        return Map.of("indexed", casebook.rebuild(CurrentWorkspace.id()));
    }
}
