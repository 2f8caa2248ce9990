package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;

class ValueObjectsTest {

    @Test
    void theNationalTaxAgencysOwnNumberIsValid() {
        // 国税庁's published 法人番号.
        assertThat(new CorporateNumber("7000012050002").value()).isEqualTo("7000012050002");
        assertThat(CorporateNumber.parseOrNull("7-0000-1205-0002")).isEqualTo(new CorporateNumber("7000012050002"));
        assertThat(CorporateNumber.parseOrNull("７００００１２０５０００２")).isEqualTo(new CorporateNumber("7000012050002"));
        assertThat(CorporateNumber.parseOrNull(" ")).isNull();
    }

    @Test
    void aWrongCheckDigitOrLengthIsRejected() {
        assertThatThrownBy(() -> new CorporateNumber("6000012050002")).isInstanceOf(RegisterRuleException.class)
                .extracting(e -> ((RegisterRuleException) e).code(), e -> ((RegisterRuleException) e).args())
                .containsExactly("register.corporateNumber.checkDigit", java.util.List.of("6000012050002"));
        // getMessage() is the Japanese text of the code, as logs and the command line show it.
        assertThatThrownBy(() -> new CorporateNumber("700001205000")).hasMessage("法人番号は13桁の数字です：700001205000")
                .extracting(e -> ((RegisterRuleException) e).code()).isEqualTo("register.corporateNumber.digits");
        assertThatThrownBy(() -> new CorporateNumber("70000120500O2")).hasMessage("法人番号は13桁の数字です：70000120500O2")
                .extracting(e -> ((RegisterRuleException) e).code()).isEqualTo("register.corporateNumber.digits");
    }

    @Test
    void personCountsCannotBeNegativeOrBelowTheirMaximum() {
        assertThatThrownBy(() -> PersonCount.exact(-1)).hasMessage("人数は0以上で入力してください（入力: -1）。");
        assertThatThrownBy(() -> PersonCount.estimate(100, 50L)).hasMessage("上限人数（50）は人数（100）以上にしてください。");
        assertThat(PersonCount.estimate(100, 150L).upperBound()).isEqualTo(150);
        assertThat(PersonCount.exact(100).upperBound()).isEqualTo(100);
    }

    @Test
    void dataItemsComeFromTheGlossary() {
        assertThat(DataItem.parseList("my_number、NAME, salary")).extracting(DataItem::code)
                .containsExactly("MY_NUMBER", "NAME", "SALARY");
        assertThat(DataItem.of("MEDICAL").flags()).containsExactly(DataItem.Flag.SPECIAL_CARE);
        assertThat(DataItem.of("PAYMENT_CARD").flags()).containsExactly(DataItem.Flag.FINANCIAL);
        assertThatThrownBy(() -> DataItem.of("BLOOD_TYPE")).hasMessage("不明な項目コードです: BLOOD_TYPE");
    }

    @Test
    void strongEncryptionNeedsACipherAndASeparateKey() {
        assertThatThrownBy(() -> new Holding(0, 1, 2, "x", DataItem.parseList("NAME"), null, PersonCount.exact(1), null, null,
                null, null, Encryption.STRONG, "AES-256", false, null, null, null, null, null))
                .hasMessage("高度な暗号化には暗号方式と鍵の分離保管が必要です")
                .extracting(e -> ((RegisterRuleException) e).code()).isEqualTo("register.strongEncryption");
    }
}
