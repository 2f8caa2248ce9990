package org.itaku.assessment.web;

import org.itaku.assessment.AssessmentNotFoundException;
import org.itaku.assessment.AssessmentStateException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors of the officer's pages and API: not found (also another workspace's ids) 404, a state that does not allow
 * the action 409, bad input 400; a problem body for the API, a page with the reason otherwise.
 */
@ControllerAdvice(assignableTypes = {AssessmentPages.class, AssessmentApi.class, VendorPages.class})
class AssessmentErrors {

    @ExceptionHandler(AssessmentNotFoundException.class)
    Object notFound(AssessmentNotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "見つかりません / Not found");
    }

    @ExceptionHandler(AssessmentStateException.class)
    Object conflict(AssessmentStateException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badInput(IllegalArgumentException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("assessment/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
