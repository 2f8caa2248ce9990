package org.itaku.incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The workspace's open deadlines as an iCalendar feed (RFC 5545), written by hand: all-day events, CRLF line ends,
 * lines folded at 75 octets, TEXT values escaped.
 */
@Component
public class DeadlineCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Incidents incidents;
    private final String baseUrl;

    DeadlineCalendar(Incidents incidents,
            @org.springframework.beans.factory.annotation.Value("${itaku.base-url:http://localhost:8080}") String baseUrl) {
        this.incidents = incidents;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Open obligations with a date, from those overdue up to a year ahead: one event per incident, kind and day (a
     * vendor's incident owes the same 確報 deadline for thousands of operators; a calendar wants one entry saying
     * how many, not thousands).
     */
    public String feed(long workspaceId) {
        Instant now = incidents.now();
        List<Incidents.DeadlineGroup> open = incidents.deadlineGroups(workspaceId, incidents.today().plusYears(1));
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Itaku//Incident deadlines//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("Itaku 報告・通知期限"));
        for (Incidents.DeadlineGroup g : open) {
            LocalDate day = g.deadline();
            String who = g.operators() == 1 ? g.anyOperatorName()
                    : g.anyOperatorName() + " ほか " + String.format("%,d", g.operators() - 1) + " 者";
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + (g.operators() == 1 ? "obligation-" + g.anyDutyId()
                    : "deadline-" + g.incidentId() + "-" + g.kind().code() + "-" + DAY.format(day)) + "-ws" + workspaceId
                    + "@itaku");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
            line(out, "SUMMARY:" + text(label(g.kind()) + "：" + who + "（" + g.incidentTitle() + "）"));
            line(out, "DESCRIPTION:" + text((g.binding() ? "期限 " : "目安 ") + day + "\n対象: "
                    + String.format("%,d", g.operators()) + " 者"));
            line(out, "URL:" + baseUrl + "/incidents/" + g.incidentId() + "/obligations?kind=" + g.kind().name()
                    + "&status=OPEN");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String label(Duty d) {
        return label(d.kind());
    }

    static String label(org.itaku.obligation.Obligation.Kind kind) {
        return switch (kind) {
            case PPC_PRELIMINARY -> "速報（目安）";
            case PPC_FINAL -> "確報期限";
            case NOTIFY_INDIVIDUALS -> "本人通知";
            case NOTIFY_PRINCIPAL -> "委託元への通知（目安）";
            case SECTOR_REPORT -> "業法上の報告（目安）";
        };
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
