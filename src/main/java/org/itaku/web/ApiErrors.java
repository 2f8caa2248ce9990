package org.itaku.web;

import org.itaku.vocabulary.RefusedChange;
import org.itaku.vocabulary.Refusals;
import org.itaku.vocabulary.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input answers 400 with an RFC 9457 problem body that says what to fix, on the REST API and on pages alike
 * (a page given {@code ?format=../../etc/passwd} or {@code ?encoding=../../x} used to answer 500; issue 10,
 * finding 6). Modules throw a {@link RuleViolation} (a code with parameters) or another
 * {@link IllegalArgumentException}; {@link Refusals} renders it in the request's language and gives its
 * {@code code} and {@code args}. A change the state does not allow ({@link RefusedChange}) answers 409. Last in
 * order, so a module's own, more specific handling comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private final Refusals refusals;

    ApiErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return refusals.problem(e, HttpStatus.BAD_REQUEST, "Invalid input");
    }

    @ExceptionHandler(RefusedChange.class)
    ProblemDetail notNow(RefusedChange e) {
        return refusals.problem(e, HttpStatus.CONFLICT, "Not allowed now");
    }

    /** What a person reads: the exception's code rendered in the request's language, or its own message. */
    String text(RuntimeException e) {
        return refusals.text(e);
    }
}
