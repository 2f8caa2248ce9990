package org.itaku.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;

/** An upload that is not a proper multipart form is the caller's mistake: 400 with a problem body, not 500. */
@ControllerAdvice
class UploadErrors {

    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    @ResponseBody
    ProblemDetail notMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Send the file as a multipart/form-data upload (ファイルはフォームから送信してください).");
        problem.setTitle("Invalid upload");
        return problem;
    }
}
