package org.itaku.vocabulary;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one place a refusal becomes what a person reads on the web: a {@link RuleViolation} rendered from the bundles
 * in the request's language (the language cookie, Japanese by default), for a page's flash or error and for the API's
 * problem body ({@code detail} and {@code message} the text, {@code code} and {@code args} for a program). Any other
 * exception keeps its own message.
 */
@Component
public class Refusals {

    private final MessageSource messages;

    public Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** What a person reads: the refusal in the request's language. */
    public String text(Throwable e) {
        return text(e, LocaleContextHolder.getLocale());
    }

    public String text(Throwable e, Locale locale) {
        if (e instanceof RuleViolation violation) {
            return messages.getMessage(violation, locale);
        }
        return e.getMessage() == null ? "" : e.getMessage();
    }

    /** A word or a sentence given by its key (and parameters), in the request's language. */
    public String render(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /** 409 for a change the state does not allow, 400 for everything else refused. */
    public static HttpStatus status(Throwable e) {
        return e instanceof RefusedChange ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    /** An RFC 9457 problem body with the text in the request's language and, for a rule, its code and parameters. */
    public ProblemDetail problem(Throwable e, HttpStatus status, String title) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = text(e, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
        problem.setTitle(title);
        if (e instanceof RuleViolation violation) {
            problem.setProperty("code", violation.code());
            problem.setProperty("args", args(violation, locale));
            problem.setProperty("message", text);
        } else if (e instanceof MessageSourceResolvable coded && coded.getCodes() != null && coded.getCodes().length > 0) {
            problem.setProperty("code", coded.getCodes()[0]);
            problem.setProperty("message", text);
        }
        return problem;
    }

    /** The parameters as a program reads them: a word given by its key is rendered, the rest as they are. */
    private List<Object> args(RuleViolation violation, Locale locale) {
        return violation.args().stream()
                .map(a -> a instanceof MessageSourceResolvable word ? (Object) messages.getMessage(word, locale) : a)
                .toList();
    }
}
