package org.itaku.assessment.web;

import org.itaku.assessment.AssessmentNotFoundException;
import org.itaku.assessment.AssessmentStateException;
import org.itaku.vocabulary.Refusals;
import org.itaku.vocabulary.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors of the officer's pages and API: not found (also another workspace's ids) 404, a state that does not allow
 * the action 409, bad input 400; a problem body for the API, a page with the reason otherwise, both in the reader's
 * language ({@link Refusals}).
 */
@ControllerAdvice(assignableTypes = {AssessmentPages.class, AssessmentApi.class, VendorPages.class})
class AssessmentErrors {

    private final Refusals refusals;

    AssessmentErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(AssessmentNotFoundException.class)
    Object notFound(AssessmentNotFoundException e, HttpServletRequest request) {
        String text = refusals.render(RuleViolation.field("assessment.error.notFound"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text);
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        return answer(request, HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(AssessmentStateException.class)
    Object conflict(AssessmentStateException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, refusals.problem(e, HttpStatus.CONFLICT, HttpStatus.CONFLICT.getReasonPhrase()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badInput(IllegalArgumentException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST,
                refusals.problem(e, HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReasonPhrase()));
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, ProblemDetail problem) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("assessment/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", problem.getDetail());
        return page;
    }
}
