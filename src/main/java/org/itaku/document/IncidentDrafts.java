package org.itaku.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import org.itaku.entrustment.Operator;
import org.itaku.incident.IncidentReport;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.PersonCount;

/**
 * Words nothing, only maps: the incident module's {@link IncidentReport} of one operator into the input records
 * of this module. A fact the incident does not hold stays null or empty and is printed as
 * {@value Texts#NOT_YET_KNOWN}; nothing is guessed (Rules Art. 8(1) asks only for what is known).
 */
final class IncidentDrafts {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final LongFunction<Operator> operators;
    private final LocalDate today;

    /**
     * @param operators the register's operators by id (address and contact are the register's)
     * @param today     the date the drafts are dated, in Japan
     */
    IncidentDrafts(LongFunction<Operator> operators, LocalDate today) {
        if (operators == null || today == null) {
            throw new IllegalArgumentException("operators and today are required");
        }
        this.operators = operators;
        this.today = today;
    }

    /**
     * The PPC report draft of one operator.
     *
     * @param siteName the operator where the incident happened, for 原因 (where it happened, GL 3-5-3-3)
     * @param previous for a 確報: the 速報 as last generated, or null
     */
    BreachReport report(IncidentReport r, long siteId, String siteName, ReportStage stage, BreachReport previous) {
        Operator me = operators.apply(r.reporterId());
        LocalDate discovered = r.knownOn() != null && !r.knownOn().isBefore(r.discoveredOn()) ? r.knownOn()
                : r.discoveredOn();
        BreachReport.Builder b = BreachReport.builder()
                .stage(stage)
                .preparedOn(today.isBefore(discovered) ? discovered : today)
                .reporter(new Reporter(r.reporterName(), me == null ? null : me.address(), null))
                .title(r.title())
                .occurredOn(r.occurredOn())
                .discoveredOn(discovered)
                .occurrences(Set.of(occurrence(r.kind())))
                .suspected(r.kind().endsWith("_possible"))
                .discoverer(r.discoverer(), null)
                .categories(art7(r.appiCategories()))
                .timeline(timeline(r))
                .dataItems(items(r.dataItems()))
                .persons(persons(r.persons(), r.personsMax()));
        if (!r.principals().isEmpty()) {
            b.principal(party(r.principals().get(0)));
            if (r.principals().size() > 1) {
                b.otherNotes("委託元は上記のほか" + (r.principals().size() - 1) + "者（"
                        + String.join("、", r.principals().stream().skip(1).map(IncidentReport.PartyRef::name).toList())
                        + "）。");
            }
        }
        if (!r.entrustees().isEmpty()) {
            b.entrustee(party(r.entrustees().get(0)));
        }
        b.summary(summary(r, siteId, siteName));
        if (r.cause() != null && !r.cause().isBlank()) {
            b.cause(r.cause(), r.reporterId() == siteId ? "報告者" : "委託先（" + siteName + "）");
        }
        if (stage == ReportStage.FINAL && previous != null) {
            b.previous(previous);
        }
        return b.build();
    }

    /**
     * Item (1) 概要, written from the recorded facts only: where it happened, how (the incident types) and what
     * happened to whose data. Dates, items and counts have their own items and are not repeated here.
     */
    static String summary(IncidentReport r, long siteId, String siteName) {
        boolean atReporter = r.reporterId() == siteId;
        String where = atReporter ? "当社" : "当社の委託先である" + siteName;
        String how = r.incidentTypes().stream()
                .map(code -> org.itaku.obligation.IncidentType.valueOf(code.toUpperCase(java.util.Locale.ROOT)).ja())
                .collect(java.util.stream.Collectors.joining("・"));
        String what = occurrence(r.kind()).japanese() + (r.kind().endsWith("_possible") ? "のおそれがある事態" : "");
        return where + "において、" + (how.isEmpty() ? "" : how + "により、")
                + (atReporter ? "当社が取り扱う" : "当社が委託した") + "個人データの" + what + "が発生しました。";
    }

    /** The joint (連名) variant, filed with the first principal; only for an operator that has one. */
    BreachReport joint(BreachReport report) {
        if (report.principal() == null) {
            throw new IllegalArgumentException("a joint report needs a principal");
        }
        return report.toBuilder().jointReporter(report.principal()).build();
    }

    /**
     * The My Number Act Art. 29-4 variant: the same draft with the My Number rule's items (Rules Art. 2) in place of
     * the APPI ones; only for an incident whose items include My Numbers.
     */
    BreachReport myNumber(BreachReport report, IncidentReport r) {
        return report.toBuilder().categories(Set.of()).myNumber(myNumber(r.myNumberCategories())).build();
    }

    static boolean concernsMyNumbers(IncidentReport r) {
        return !r.myNumberCategories().isEmpty() || r.dataItems().contains(DataItem.MY_NUMBER.code());
    }

    /** The notice of an entrustee to one principal, with the principal's own persons and items. */
    PrincipalNotice principalNotice(BreachReport report, long reporterId, IncidentReport principal, long incidentId) {
        return new PrincipalNotice(report,
                party(new IncidentReport.PartyRef(principal.reporterId(), principal.reporterName())),
                persons(principal.persons(), principal.personsMax()), items(principal.dataItems()),
                report.preparedOn(), inquiry(report.reporter().name(), operators.apply(reporterId)),
                "INC-" + incidentId + "-" + principal.reporterId());
    }

    IndividualNotice individualNotice(BreachReport report, long reporterId) {
        return new IndividualNotice(report, report.preparedOn(), null, List.of(), null, null, List.of(),
                inquiry(report.reporter().name(), operators.apply(reporterId)));
    }

    PublicAnnouncement announcement(BreachReport report, long reporterId) {
        return new PublicAnnouncement(report, report.preparedOn(), null, null, List.of(),
                inquiry(report.reporter().name(), operators.apply(reporterId)));
    }

    IncidentSummary summary(BreachReport report, long incidentId) {
        return new IncidentSummary(report, report.preparedOn(), "INC-" + incidentId, null, List.of(), List.of());
    }

    /**
     * The inquiry desk is the register's contact of the operator. Where the register has neither phone nor
     * e-mail, the phone is printed as {@value Texts#NOT_YET_KNOWN} so the gap shows instead of a made-up number.
     */
    static Inquiry inquiry(String operatorName, Operator operator) {
        String desk = operator == null || operator.contactName() == null ? operatorName
                : operatorName + "　" + operator.contactName();
        String phone = operator == null ? null : operator.contactPhone();
        String email = operator == null ? null : operator.contactEmail();
        return new Inquiry(desk, phone == null && email == null ? Texts.NOT_YET_KNOWN : phone, null, email);
    }

    private NamedBusiness party(IncidentReport.PartyRef ref) {
        Operator o = operators.apply(ref.operatorId());
        return new NamedBusiness(ref.name(), o == null ? null : o.address(), o == null ? null : o.contactPhone());
    }

    static Occurrence occurrence(String kind) {
        String event = kind.endsWith("_possible") ? kind.substring(0, kind.length() - "_possible".length()) : kind;
        return switch (event) {
            case "leak" -> Occurrence.LEAK;
            case "loss" -> Occurrence.LOSS;
            case "damage" -> Occurrence.DAMAGE;
            default -> throw new IllegalArgumentException("unknown incident kind: " + kind);
        };
    }

    static Set<Art7Category> art7(List<Integer> items) {
        Set<Art7Category> out = EnumSet.noneOf(Art7Category.class);
        for (int i : items) {
            if (i >= 1 && i <= Art7Category.values().length) {
                out.add(Art7Category.values()[i - 1]);
            }
        }
        return out;
    }

    static Set<MyNumberCategory> myNumber(List<Integer> items) {
        Set<MyNumberCategory> out = EnumSet.noneOf(MyNumberCategory.class);
        for (int i : items) {
            if (i >= 1 && i <= MyNumberCategory.values().length) {
                out.add(MyNumberCategory.values()[i - 1]);
            }
        }
        return out;
    }

    /** Item codes of the glossary in Japanese, in the order given; an unknown code is kept as it is. */
    static List<String> items(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String ja = code;
            for (DataItem item : DataItem.values()) {
                if (item.code().equals(code)) {
                    ja = item.label();
                }
            }
            out.add(ja);
        }
        return out;
    }

    /** A count of 0 with no upper bound means nobody has counted yet: left unknown rather than printed as 0人. */
    static PersonCount persons(long persons, Long personsMax) {
        if (personsMax != null && personsMax > persons) {
            return PersonCount.atMost(personsMax);
        }
        return persons > 0 ? PersonCount.exact(persons) : null;
    }

    static List<ChronologyLine> timeline(IncidentReport r) {
        return r.timeline().stream()
                .sorted(Comparator.comparing(org.itaku.incident.TimelineEntry::occurredAt))
                .map(e -> {
                    LocalDateTime at = LocalDateTime.ofInstant(e.occurredAt(), JAPAN);
                    return new ChronologyLine(at.toLocalDate(), at.format(TIME), e.entry());
                })
                .toList();
    }
}
