package org.itaku.web;

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
 * Last in order, so a module's own, more specific handling comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        return problem;
    }
}
