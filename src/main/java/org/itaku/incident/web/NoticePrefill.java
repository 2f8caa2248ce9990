package org.itaku.incident.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.itaku.casebook.CaseRecord;
import org.itaku.casebook.Controls;
import org.itaku.entrustment.Operator;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;

/**
 * A new-incident form drafted from a vendor's notice that the user pasted: what the casebook reader found becomes
 * the form's defaults. Nothing is stored; the user checks the draft and saves it like any other incident.
 */
final class NoticePrefill {

    private static final Set<String> TYPES = Arrays.stream(IncidentType.values()).map(IncidentType::code)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ITEMS = Arrays.stream(DataItem.values()).map(DataItem::code)
            .collect(Collectors.toUnmodifiableSet());

    private NoticePrefill() {
    }

    /**
     * The draft. A vendor's notice means the vendor told us, so the discoverer is the entrustee; the operator is the
     * register's operator whose name matches the publisher or a vendor the notice names, when there is one.
     */
    static IncidentForm draft(CaseRecord r, List<Operator> operators, LocalDate today) {
        IncidentForm form = new IncidentForm();
        String title = r.title() != null ? r.title() : r.organization() != null ? r.organization() + "の公表" : "委託先の公表文";
        form.title = title.length() > 300 ? title.substring(0, 300) : title;
        form.discoverer = Discoverer.ENTRUSTEE.name();
        form.occurredOn = date(r.occurred());
        LocalDate discovered = date(r.discovered());
        form.discoveredOn = discovered != null ? discovered : today;
        form.incidentTypes = r.incidentTypes().stream().filter(TYPES::contains).toList();
        form.adhocItems = r.dataItems().stream().filter(ITEMS::contains).toList();
        form.adhocPersons = r.personsAffected() == null ? null : r.personsAffected().longValue();
        form.certainty = "confirmed";
        form.operatorId = operator(r, operators);
        form.cause = cause(r);
        return form;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Long operator(CaseRecord r, List<Operator> operators) {
        List<String> names = new ArrayList<>();
        if (r.organization() != null) {
            names.add(r.organization());
        }
        names.addAll(r.vendorNames());
        for (String name : names) {
            String wanted = plain(name);
            for (Operator o : operators) {
                if (!wanted.isEmpty() && plain(o.name()).equals(wanted)) {
                    return o.id();
                }
            }
        }
        return null;
    }

    /** Compares names without spaces and case, so 「株式会社 ナギサ物流」 matches 「株式会社ナギサ物流」. */
    private static String plain(String name) {
        return name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String cause(CaseRecord r) {
        StringBuilder cause = new StringBuilder("委託先の公表文から下書き");
        if (r.organization() != null) {
            cause.append("（").append(r.organization()).append("）");
        }
        if (!r.vendorNames().isEmpty()) {
            cause.append("\n委託先: ").append(String.join("、", r.vendorNames()));
        }
        for (String id : r.causes()) {
            cause.append("\n").append(id).append(' ').append(Controls.catalogue().label(id));
        }
        String evidence = r.evidence().get("incident_types");
        if (evidence != null) {
            cause.append("\n").append(evidence);
        }
        return cause.length() > 4000 ? cause.substring(0, 4000) : cause.toString();
    }
}
