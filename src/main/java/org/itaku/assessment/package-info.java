/**
 * Assessment: vendor oversight under APPI Art. 25 (委託先の監督; PPC guideline 通則編 3-4-4).
 *
 * <p>Questionnaires are versioned data ({@code assessment/questionnaires/*.yaml} in the jar, editable copies per
 * workspace). {@link org.itaku.assessment.Scoring} and {@link org.itaku.assessment.Tiering} are pure functions:
 * weighted points, blockers (critical questions that earn nothing), pass or fail against the pass mark, and a tier
 * from the METI supply-chain level and the register's facts.
 */
package org.itaku.assessment;
