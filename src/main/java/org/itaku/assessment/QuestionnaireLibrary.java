package org.itaku.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The questionnaires that ship in the jar ({@code assessment/questionnaires/*.yaml}), read once at start. A broken
 * built-in questionnaire stops the application: better than vendors answering a half-read one.
 */
public final class QuestionnaireLibrary {

    private static final String LOCATION = "classpath*:assessment/questionnaires/*.yaml";

    private final Map<String, Questionnaire> byKey = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();

    private QuestionnaireLibrary() {
    }

    public static QuestionnaireLibrary builtIn() {
        QuestionnaireLibrary library = new QuestionnaireLibrary();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String yaml = r.getContentAsString(StandardCharsets.UTF_8);
                Questionnaire q;
                try {
                    q = QuestionnaireYaml.parse(yaml);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("built-in questionnaire " + r.getFilename() + " is invalid: " + e.getMessage(), e);
                }
                if (library.byKey.putIfAbsent(q.key(), q) != null) {
                    throw new IllegalStateException("two built-in questionnaires are " + q.key());
                }
                library.sources.put(q.key(), yaml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (library.byKey.isEmpty()) {
            throw new IllegalStateException("no built-in questionnaire found at " + LOCATION);
        }
        return library;
    }

    public Optional<Questionnaire> find(String code, int version) {
        return Optional.ofNullable(byKey.get(code + " v" + version));
    }

    /** The YAML a built-in questionnaire was read from (the starting point of a workspace's own copy). */
    public String source(String code, int version) {
        String yaml = sources.get(code + " v" + version);
        if (yaml == null) {
            throw new IllegalArgumentException("no built-in questionnaire " + code + " v" + version);
        }
        return yaml;
    }

    /** Every built-in questionnaire, latest version of each code first. */
    public List<Questionnaire> all() {
        List<Questionnaire> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(Questionnaire::code).thenComparing(Questionnaire::version, Comparator.reverseOrder()));
        return out;
    }

    /** The newest built-in version of the default questionnaire. */
    public Questionnaire standard() {
        return all().stream().filter(q -> q.code().equals("itaku-vendor")).findFirst().orElse(all().get(0));
    }
}
