/**
 * Incidents (漏えい等事案): the case, the operators it reaches through the entrustment chain each with its own facts
 * and decision, the obligations register with its history, notices from entrustees to principals (APPI Art. 26(1)
 * proviso; Rules Art. 9), reminders by e-mail and an iCalendar feed of deadlines.
 *
 * <p>Public API: {@link org.itaku.incident.Incidents} with {@link org.itaku.incident.IncidentFacts},
 * {@link org.itaku.incident.Incident}, {@link org.itaku.incident.IncidentView}, {@link org.itaku.incident.Duty} and,
 * for the document module, {@link org.itaku.incident.Incidents#report(long, long, long)} returning
 * {@link org.itaku.incident.IncidentReport}: one operator's facts for a PPC report draft. Decisions come from
 * {@code org.itaku.obligation.ObligationEngine}; affected holdings and principals from
 * {@code org.itaku.entrustment.Register#impact}. Pages and the REST API live in {@code org.itaku.incident.web}.
 *
 * <p>The records a case at a vendor compares hundreds of thousands of times in one change ({@link Duty}, a party's
 * fact key and verdict, its stored state, the tally's keys) write out their {@code equals} and {@code hashCode}. A
 * record's generated ones run as chains of method handles that stay several times slower until they have been called
 * about a million times, and such a change happens once in a process's life: on Java 17, a relay's grouping of half a
 * million new duties spent a third of its time in them.
 */
package org.itaku.incident;
