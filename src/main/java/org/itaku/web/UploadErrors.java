package org.itaku.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload endpoint called without a multipart body, or with one over the server's limit, is the caller's mistake:
 * it answers 400 (or 413) with a problem body instead of a server error, for pages and the API alike.
 */
@ControllerAdvice
class UploadErrors {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badUpload(MultipartException e) {
        HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                status == HttpStatus.PAYLOAD_TOO_LARGE ? "The upload is larger than the server accepts."
                        : "Send the file as a multipart/form-data upload (ファイルはフォームから送信してください).");
        problem.setTitle("Invalid upload");
        return ResponseEntity.status(status).body(problem);
    }
}
