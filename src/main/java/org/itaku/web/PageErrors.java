package org.itaku.web;

import java.util.Map;

import org.itaku.vocabulary.RefusedChange;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page action refused because of its input (a module threw {@link IllegalArgumentException}, usually a rule's
 * code with parameters) answers 400 on the error page with the reason in the reader's language; a change the state
 * does not allow ({@link RefusedChange}) answers 409. A REST controller, or a caller that
 * does not ask for HTML, gets {@link ApiErrors}' problem body instead.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageErrors {

    private final ApiErrors api;

    PageErrors(ApiErrors api) {
        this.api = api;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badInput(IllegalArgumentException e, HandlerMethod handler, HttpServletRequest request) {
        if (!page(handler, request)) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(api.badInput(e));
        }
        return new ModelAndView("error", Map.of("status", 400, "path", request.getRequestURI(),
                "detail", api.text(e) == null ? "" : api.text(e)), HttpStatus.BAD_REQUEST);
    }

    /** A change the state does not allow (a closed case edited): 409 with the reason, on the page or as a problem. */
    @ExceptionHandler(RefusedChange.class)
    Object notNow(RefusedChange e, HandlerMethod handler, HttpServletRequest request) {
        if (!page(handler, request)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(api.notNow(e));
        }
        return new ModelAndView("error", Map.of("status", 409, "path", request.getRequestURI(),
                "detail", api.text(e)), HttpStatus.CONFLICT);
    }

    private static boolean page(HandlerMethod handler, HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return handler != null && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                && !handler.hasMethodAnnotation(ResponseBody.class) && accept != null && accept.contains("text/html");
    }
}
