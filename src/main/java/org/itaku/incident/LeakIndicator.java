package org.itaku.incident;

/**
 * Signs that make a cyber-attack a "漏えいが発生したおそれ" (GL 3-5-3-1 ※4 (ア)–(オ)). Recording them shows why a
 * possible leak was treated as one; none of them alone is needed for a confirmed leak.
 */
public enum LeakIndicator {
    /** (ア) traces of exfiltration by unauthorized access. */
    EXFILTRATION_TRACES,
    /** (イ) infection by malware known to steal information. */
    INFO_STEALING_MALWARE,
    /** (ウ) traffic to known C&C addresses. */
    C2_TRAFFIC,
    /** (エ) tampering of the files of an input web page. */
    TAMPERED_INPUT_PAGE,
    /** (オ) a grounded tip-off from a public body, a security provider or an expert. */
    CREDIBLE_TIP_OFF
}
