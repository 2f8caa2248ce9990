package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TieringTest {

    @Test
    void anyOfTheMetiQuestionsAnsweredYesAsksForStarFour() {
        assertThat(MetiLevel.decide(false, false, false)).isEqualTo(MetiLevel.STAR_3);
        assertThat(MetiLevel.decide(true, false, false)).isEqualTo(MetiLevel.STAR_4);
        assertThat(MetiLevel.decide(false, true, false)).isEqualTo(MetiLevel.STAR_4);
        assertThat(MetiLevel.decide(false, false, true)).isEqualTo(MetiLevel.STAR_4);
    }

    @Test
    void theRegistersFactsRaiseTheTier() {
        assertThat(Tiering.decide(new VendorFacts(false, false, false, false, false, false, 300)).tier()).isEqualTo(Tier.LOW);
        assertThat(Tiering.decide(new VendorFacts(false, false, false, false, false, true, 300)).tier()).isEqualTo(Tier.MEDIUM);
        assertThat(Tiering.decide(new VendorFacts(false, false, false, false, false, false, 5_001)).reasons())
                .containsExactly("over-5000-persons");
        Tiering.Decision payroll = Tiering.decide(new VendorFacts(false, false, false, false, true, true, 86_936));
        assertThat(payroll.tier()).isEqualTo(Tier.HIGH);
        assertThat(payroll.reasons()).containsExactly("my-number");
        Tiering.Decision msp = Tiering.decide(new VendorFacts(false, false, true, false, false, false, 0));
        assertThat(msp.level()).isEqualTo(MetiLevel.STAR_4);
        assertThat(msp.tier()).isEqualTo(Tier.HIGH);
    }

    @Test
    void aCloselyWatchedVendorIsAskedMoreOften() {
        assertThat(Tier.HIGH.reviewInterval().toTotalMonths()).isLessThan(Tier.MEDIUM.reviewInterval().toTotalMonths());
        assertThat(Tier.MEDIUM.reviewInterval().toTotalMonths()).isLessThan(Tier.LOW.reviewInterval().toTotalMonths());
    }
}
