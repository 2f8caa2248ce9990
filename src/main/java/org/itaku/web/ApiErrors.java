package org.itaku.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input answers 400 with an RFC 9457 problem body that says what to fix, on the REST API and on pages alike
 * (a page given {@code ?format=../../etc/passwd} or {@code ?encoding=../../x} used to answer 500; issue 10,
 * finding 6). Modules throw {@link IllegalArgumentException} (or a subclass) with a message a person can act on.
 * An exception that carries a message code ({@link MessageSourceResolvable}) is rendered from the bundles in the
 * request's language, and its code is given as {@code code}. Last in order, so a module's own, more specific
 * handling comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text(e));
        problem.setTitle("Invalid input");
        if (e instanceof MessageSourceResolvable coded && coded.getCodes() != null && coded.getCodes().length > 0) {
            problem.setProperty("code", coded.getCodes()[0]);
        }
        return problem;
    }

    /** What a person reads: the exception's code rendered in the request's language, or its own message. */
    String text(RuntimeException e) {
        return e instanceof MessageSourceResolvable coded
                ? messages.getMessage(coded, LocaleContextHolder.getLocale())
                : e.getMessage();
    }
}
