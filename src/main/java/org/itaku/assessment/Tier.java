package org.itaku.assessment;

import java.time.Period;

/** How closely a vendor is watched, and so how often it is assessed again. */
public enum Tier {
    HIGH(Period.ofMonths(12)),
    MEDIUM(Period.ofMonths(24)),
    LOW(Period.ofMonths(36));

    /** A vendor that failed is asked again within this period whatever its tier. */
    public static final Period AFTER_FAILURE = Period.ofMonths(6);

    private final Period reviewInterval;

    Tier(Period reviewInterval) {
        this.reviewInterval = reviewInterval;
    }

    public Period reviewInterval() {
        return reviewInterval;
    }
}
