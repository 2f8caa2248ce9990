package org.itaku.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page action refused because of its input (a module threw {@link IllegalArgumentException} with a message a
 * person can act on) answers 400 on the Japanese error page with that message, not a server error. REST
 * controllers answer with a problem body instead ({@link ApiErrors}, ordered first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badInput(IllegalArgumentException e, HttpServletRequest request) {
        return new ModelAndView("error", Map.of("status", 400, "path", request.getRequestURI(),
                "detail", e.getMessage() == null ? "" : e.getMessage()), HttpStatus.BAD_REQUEST);
    }
}
