package org.itaku.casebook;

import java.util.List;

/** A line of the case library list. */
public record CaseSummary(long id, String title, String organization, Integer year, List<String> incidentTypes,
        boolean vendorInvolved, Long personsAffected, String sector) {

    public CaseSummary {
        incidentTypes = List.copyOf(incidentTypes == null ? List.of() : incidentTypes);
        if (personsAffected != null && personsAffected < 0) {
            throw new IllegalArgumentException("persons must not be negative");
        }
    }
}
