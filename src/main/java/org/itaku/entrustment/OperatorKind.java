package org.itaku.entrustment;

/** The kind of operator matters because the reporting rules differ (public bodies and some sectors report elsewhere). */
public enum OperatorKind {
    PRIVATE, PUBLIC_BODY, HEALTH_INSURANCE_SOCIETY, FINANCIAL, MEDICAL, OTHER
}
