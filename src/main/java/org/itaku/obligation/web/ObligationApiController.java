package org.itaku.obligation.web;

import org.itaku.obligation.ObligationEngine;
import org.itaku.obligation.ObligationJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/obligations/evaluate}: the same facts and decisions as the command line. One object gives one
 * decision; an array gives an array, all or nothing. Bad input throws an {@link IllegalArgumentException} naming
 * the field, which {@code org.itaku.web.ApiErrors} answers with a 400 problem.
 *
 * <p>The body is read and written with the module's own strict JSON codec rather than the application's mapper,
 * so the wire format (including {@code "exemption": null}) is identical on both channels.
 */
@RestController
@RequestMapping("/api/obligations")
class ObligationApiController {

    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8);

    private final ObligationEngine engine = new ObligationEngine();

    @PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@RequestBody String body) {
        JsonNode input = ObligationJson.parse(body);
        String result = input.isArray()
                ? ObligationJson.evaluateBatch(engine, input)
                : ObligationJson.toJson(engine.evaluate(ObligationJson.readFacts(input)));
        return ResponseEntity.ok().contentType(JSON_UTF8).body(result);
    }
}
