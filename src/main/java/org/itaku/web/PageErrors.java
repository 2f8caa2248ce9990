package org.itaku.web;

import java.util.Map;

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
 * A page action refused because of its input (a module threw {@link IllegalArgumentException} with a message a
 * person can act on) answers 400 on the Japanese error page with that message. A REST controller, or a caller that
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
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean page = handler != null && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                && !handler.hasMethodAnnotation(ResponseBody.class) && accept != null && accept.contains("text/html");
        if (!page) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(api.badInput(e));
        }
        return new ModelAndView("error", Map.of("status", 400, "path", request.getRequestURI(),
                "detail", api.text(e) == null ? "" : api.text(e)), HttpStatus.BAD_REQUEST);
    }
}
