package org.itaku.obligation;

import org.itaku.vocabulary.Coded;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing the operator must do. Dated obligations carry either an indicative window ({@code from}–{@code to},
 * not binding) or a binding {@code due} date; notices to individuals have no day count (Rules Art. 10).
 */
public record Obligation(Kind kind, String authority, LocalDate from, LocalDate to, LocalDate due, Boolean binding,
        LocalDate doneOn, List<String> basis) {

    public enum Kind implements Coded {
        /** 速報 (Rules Art. 8(1)). */
        PPC_PRELIMINARY,
        /** 確報 (Rules Art. 8(2)). */
        PPC_FINAL,
        /** 本人への通知 (APPI Art. 26(2)). */
        NOTIFY_INDIVIDUALS,
        /** 委託元への通知 (APPI Art. 26(1) proviso, Rules Art. 9). */
        NOTIFY_PRINCIPAL,
        /** A report owed under a sector law, e.g. a banking act to the FSA. */
        SECTOR_REPORT;

        @Override
        public String code() {
            return Codes.lower(this);
        }
    }

    public Obligation {
        Objects.requireNonNull(kind, "kind");
        basis = List.copyOf(basis);
        if (due != null && (from != null || to != null)) {
            throw new IllegalArgumentException("an obligation has a window or a due date, not both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
    }

    /** The basis as a Japanese reader cites it (個人情報保護法第26条第1項). */
    public List<String> basisJa() {
        return basis.stream().map(Citations::ja).toList();
    }

    static Obligation window(Kind kind, String authority, LocalDate from, LocalDate to, List<String> basis) {
        return new Obligation(kind, authority, from, to, null, false, null, basis);
    }

    static Obligation due(Kind kind, String authority, LocalDate due, List<String> basis) {
        return new Obligation(kind, authority, null, null, due, true, null, basis);
    }

    static Obligation undated(Kind kind, List<String> basis) {
        return new Obligation(kind, null, null, null, null, null, null, basis);
    }

    Obligation doneOn(LocalDate day) {
        return new Obligation(kind, authority, from, to, due, binding, day, basis);
    }
}
