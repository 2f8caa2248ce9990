package org.itaku.assessment;

/** No such assessment (or finding, or evidence) in this workspace: answered 404 whatever the reason. */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(String what) {
        super(what + " not found");
    }
}
