package org.itaku.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere: a person's browser gets the Japanese error page (through the servlet's error
 * dispatch), a program gets a problem body. Without this the generic problem handler answers a browser too, with an
 * English sentence about static resources.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPages {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> missing(NoResourceFoundException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api && accept != null && accept.contains("text/html")) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Nothing is at " + request.getRequestURI() + " (このアドレスには何もありません).");
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
