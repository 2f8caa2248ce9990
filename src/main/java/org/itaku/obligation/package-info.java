/**
 * Breach-reporting obligations: the APPI (Art. 26, Enforcement Rules Arts. 7–10) and My Number Act (Art. 29-4) rule
 * sets with their effective dates, sector layers, and the Japanese administrative calendar that moves deadlines
 * past closed days (行政機関の休日に関する法律).
 *
 * <p>Public API: {@link org.itaku.obligation.ObligationEngine#evaluate(Facts)} with {@link org.itaku.obligation.Facts}
 * and {@link org.itaku.obligation.Decision}; {@link org.itaku.obligation.ObligationJson} for the wire format shared by
 * {@code itaku obligation evaluate} and {@code POST /api/obligations/evaluate}; and
 * {@link org.itaku.obligation.AdministrativeCalendar}. The rule logic uses neither Spring nor SQL (checked by
 * {@code ObligationModuleRulesTest}); the web layer lives in {@code org.itaku.obligation.web}.
 */
package org.itaku.obligation;
