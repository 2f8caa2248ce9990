package org.itaku.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.PersonCount;

/**
 * Everything the PPC report form asks for, as the document module receives it. The incident module builds
 * these records; this module only words them. A null or blank value means "not yet known" and is printed as
 * {@value Texts#NOT_YET_KNOWN}: Rules Art. 8(1) asks only for what is known when reporting (速報), and the
 * 確報 supplements the rest (GL 3-5-3-4), so nothing here may be guessed.
 *
 * <p>Fields follow the online form (appi-rules.md §8.2) and then Rules Art. 8(1) items 1–9 with what
 * GL 3-5-3-3 asks for each (§3).
 *
 * @param stage            速報 or 確報
 * @param preparedOn       the date this draft is dated
 * @param reporter         報告者の名称 (the business, not the staff member)
 * @param title            a short name of the case for titles and summaries, e.g. 「受託システムへの不正アクセス」
 * @param occurredOn       発生日, null when not yet known
 * @param discoveredOn     発覚日: the day any department knew (GL 3-5-3-3), required
 * @param occurrences      発生事案: 漏えい/滅失/毀損, at least one
 * @param suspected        true when only a possibility (おそれ) is established
 * @param discoverer       発見者, null when not yet known
 * @param discovererDetail free text detail for the 発見者, e.g. who exactly
 * @param categories       Rules Art. 7 items that apply; empty means a voluntary report (非該当)
 * @param myNumber         true for the My Number Act Art. 29-4 variant
 * @param myNumberCategories items of the My Number reporting rule Art. 2 that apply (only with myNumber)
 * @param principal        委託元, null when there is none
 * @param entrustee        委託先, null when there is none
 * @param timeline         事実経過, in date order
 * @param summary          item 1 概要 in prose
 * @param dataItems        item 2: the data items
 * @param dataMedium       item 2: medium and type (媒体・種類, e.g. customer data on a server)
 * @param persons          item 3: 本人の数, null when not yet known
 * @param cause            item 4 原因
 * @param causeLocation    item 4: where it happened (報告者 or 委託先, GL 3-5-3-3)
 * @param secondaryDamage  item 5: whether there is secondary damage or its risk, and what
 * @param individualResponse item 6 本人への対応の実施状況
 * @param publication      item 7 公表の実施状況
 * @param measuresTaken    item 8: measures already taken
 * @param measuresPlanned  item 8: measures planned
 * @param otherNotes       item 9 その他参考となる事項
 * @param jointReporter    the other party of a joint report (連名, GL 3-5-3-2), or null
 * @param previous         for a 確報: the 速報 as filed, to show what changed; null otherwise
 */
public record BreachReport(ReportStage stage, LocalDate preparedOn, Reporter reporter, String title,
        LocalDate occurredOn, LocalDate discoveredOn, Set<Occurrence> occurrences, boolean suspected,
        Discoverer discoverer, String discovererDetail, Set<Art7Category> categories, boolean myNumber,
        Set<MyNumberCategory> myNumberCategories, NamedBusiness principal, NamedBusiness entrustee, List<ChronologyLine> timeline,
        String summary, List<String> dataItems, String dataMedium, PersonCount persons, String cause,
        String causeLocation, String secondaryDamage, String individualResponse, String publication,
        List<String> measuresTaken, List<String> measuresPlanned, String otherNotes, NamedBusiness jointReporter,
        BreachReport previous) {

    public BreachReport {
        if (stage == null) {
            throw new DocumentRuleException("document.rule.stage");
        }
        if (preparedOn == null) {
            throw new DocumentRuleException("document.rule.preparedOn");
        }
        if (reporter == null) {
            throw new DocumentRuleException("document.rule.reporter");
        }
        title = Texts.required(title, "case title");
        if (discoveredOn == null) {
            throw new DocumentRuleException("document.rule.discoveredOn");
        }
        if (occurredOn != null && occurredOn.isAfter(discoveredOn)) {
            throw new DocumentRuleException("document.rule.occurredAfterDiscovery", occurredOn.toString(), discoveredOn.toString());
        }
        if (preparedOn.isBefore(discoveredOn)) {
            throw new DocumentRuleException("document.rule.preparedBeforeDiscovery");
        }
        if (occurrences == null || occurrences.isEmpty()) {
            throw new DocumentRuleException("document.rule.occurrences");
        }
        occurrences = Set.copyOf(EnumSet.copyOf(occurrences));
        categories = enumSet(categories, Art7Category.class);
        myNumberCategories = enumSet(myNumberCategories, MyNumberCategory.class);
        if (!myNumber && !myNumberCategories.isEmpty()) {
            throw new DocumentRuleException("document.rule.myNumberCategories");
        }
        discovererDetail = Texts.optional(discovererDetail);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        for (int i = 1; i < timeline.size(); i++) {
            if (timeline.get(i).date().isBefore(timeline.get(i - 1).date())) {
                throw new DocumentRuleException("document.rule.timelineOrder");
            }
        }
        summary = Texts.optional(summary);
        dataItems = Texts.list(dataItems);
        dataMedium = Texts.optional(dataMedium);
        cause = Texts.optional(cause);
        causeLocation = Texts.optional(causeLocation);
        secondaryDamage = Texts.optional(secondaryDamage);
        individualResponse = Texts.optional(individualResponse);
        publication = Texts.optional(publication);
        measuresTaken = Texts.list(measuresTaken);
        measuresPlanned = Texts.list(measuresPlanned);
        otherNotes = Texts.optional(otherNotes);
        if (jointReporter != null && jointReporter.name().equals(reporter.name())) {
            throw new DocumentRuleException("document.rule.jointReporter");
        }
        if (previous != null) {
            if (stage != ReportStage.FINAL || previous.stage() != ReportStage.PRELIMINARY) {
                throw new DocumentRuleException("document.rule.previousOnlyOnFinal");
            }
            if (previous.previous() != null) {
                throw new DocumentRuleException("document.rule.previousChain");
            }
        }
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this report's values, for the next stage or a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.stage = stage;
        b.preparedOn = preparedOn;
        b.reporter = reporter;
        b.title = title;
        b.occurredOn = occurredOn;
        b.discoveredOn = discoveredOn;
        b.occurrences = occurrences;
        b.suspected = suspected;
        b.discoverer = discoverer;
        b.discovererDetail = discovererDetail;
        b.categories = categories;
        b.myNumber = myNumber;
        b.myNumberCategories = myNumberCategories;
        b.principal = principal;
        b.entrustee = entrustee;
        b.timeline = new ArrayList<>(timeline);
        b.summary = summary;
        b.dataItems = dataItems;
        b.dataMedium = dataMedium;
        b.persons = persons;
        b.cause = cause;
        b.causeLocation = causeLocation;
        b.secondaryDamage = secondaryDamage;
        b.individualResponse = individualResponse;
        b.publication = publication;
        b.measuresTaken = measuresTaken;
        b.measuresPlanned = measuresPlanned;
        b.otherNotes = otherNotes;
        b.jointReporter = jointReporter;
        b.previous = previous;
        return b;
    }

    /** Fills a record field by field; the record constructor does all validation. */
    public static final class Builder {
        private ReportStage stage = ReportStage.PRELIMINARY;
        private LocalDate preparedOn;
        private Reporter reporter;
        private String title;
        private LocalDate occurredOn;
        private LocalDate discoveredOn;
        private Set<Occurrence> occurrences = Set.of();
        private boolean suspected;
        private Discoverer discoverer;
        private String discovererDetail;
        private Set<Art7Category> categories = Set.of();
        private boolean myNumber;
        private Set<MyNumberCategory> myNumberCategories = Set.of();
        private NamedBusiness principal;
        private NamedBusiness entrustee;
        private List<ChronologyLine> timeline = new ArrayList<>();
        private String summary;
        private List<String> dataItems = List.of();
        private String dataMedium;
        private PersonCount persons;
        private String cause;
        private String causeLocation;
        private String secondaryDamage;
        private String individualResponse;
        private String publication;
        private List<String> measuresTaken = List.of();
        private List<String> measuresPlanned = List.of();
        private String otherNotes;
        private NamedBusiness jointReporter;
        private BreachReport previous;

        private Builder() {
        }

        public Builder stage(ReportStage v) { stage = v; return this; }
        public Builder preparedOn(LocalDate v) { preparedOn = v; return this; }
        public Builder reporter(Reporter v) { reporter = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder occurredOn(LocalDate v) { occurredOn = v; return this; }
        public Builder discoveredOn(LocalDate v) { discoveredOn = v; return this; }
        public Builder occurrences(Set<Occurrence> v) { occurrences = v; return this; }
        public Builder suspected(boolean v) { suspected = v; return this; }
        public Builder discoverer(Discoverer v, String detail) { discoverer = v; discovererDetail = detail; return this; }
        public Builder categories(Set<Art7Category> v) { categories = v; return this; }
        public Builder myNumber(Set<MyNumberCategory> v) { myNumber = true; myNumberCategories = v; return this; }
        public Builder principal(NamedBusiness v) { principal = v; return this; }
        public Builder entrustee(NamedBusiness v) { entrustee = v; return this; }
        public Builder timeline(List<ChronologyLine> v) { timeline = new ArrayList<>(v); return this; }
        public Builder event(LocalDate date, String time, String event) { timeline.add(new ChronologyLine(date, time, event)); return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder dataItems(List<String> v) { dataItems = v; return this; }
        public Builder dataMedium(String v) { dataMedium = v; return this; }
        public Builder persons(PersonCount v) { persons = v; return this; }
        public Builder cause(String v, String location) { cause = v; causeLocation = location; return this; }
        public Builder secondaryDamage(String v) { secondaryDamage = v; return this; }
        public Builder individualResponse(String v) { individualResponse = v; return this; }
        public Builder publication(String v) { publication = v; return this; }
        public Builder measuresTaken(List<String> v) { measuresTaken = v; return this; }
        public Builder measuresPlanned(List<String> v) { measuresPlanned = v; return this; }
        public Builder otherNotes(String v) { otherNotes = v; return this; }
        public Builder jointReporter(NamedBusiness v) { jointReporter = v; return this; }
        public Builder previous(BreachReport v) { previous = v; return this; }

        public BreachReport build() {
            return new BreachReport(stage, preparedOn, reporter, title, occurredOn, discoveredOn, occurrences,
                    suspected, discoverer, discovererDetail, categories, myNumber, myNumberCategories, principal,
                    entrustee, timeline, summary, dataItems, dataMedium, persons, cause, causeLocation,
                    secondaryDamage, individualResponse, publication, measuresTaken, measuresPlanned, otherNotes,
                    jointReporter, previous);
        }
    }
}
