package org.itaku.identity.web;

import org.itaku.identity.AccountException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;

/** An account request that cannot be carried out is the caller's mistake (4xx), never a server error. */
@ControllerAdvice(basePackageClasses = AccountErrors.class)
class AccountErrors {

    @ExceptionHandler(AccountException.class)
    ResponseEntity<ProblemDetail> refused(AccountException e) {
        HttpStatus status = e.codes().contains("account.notMember") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join(", ", e.codes()));
        problem.setTitle("Account request refused");
        return ResponseEntity.status(status).body(problem);
    }
}
