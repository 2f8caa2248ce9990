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
    private final String configuredBaseUrl;

    DeadlineCalendar(Incidents incidents,
            @org.springframework.beans.factory.annotation.Value("${itaku.base-url:}") String baseUrl) {
        this.incidents = incidents;
        this.configuredBaseUrl = withoutSlash(baseUrl.strip());
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Open obligations with a date, from those overdue up to a year ahead. Event links start with
     * {@code itaku.base-url} when it is set (behind a proxy only it knows the public address), else with the
     * address the calendar app asked ({@code requestBaseUrl}).
     */
    public String feed(long workspaceId, String requestBaseUrl) {
        String baseUrl = configuredBaseUrl.isEmpty() ? withoutSlash(requestBaseUrl) : configuredBaseUrl;
        Instant now = incidents.now();
        List<Incidents.AgendaItem> open = incidents.agenda(workspaceId, incidents.today().plusYears(1), Integer.MAX_VALUE);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Itaku//Incident deadlines//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("Itaku 報告・通知期限"));
        for (Incidents.AgendaItem item : open) {
            Duty d = item.duty();
            LocalDate day = d.deadline();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:obligation-" + d.id() + "-ws" + workspaceId + "@itaku");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
            line(out, "SUMMARY:" + text(label(d) + "：" + item.operatorName() + "（" + item.incidentTitle() + "）"));
            line(out, "DESCRIPTION:" + text((Boolean.TRUE.equals(d.binding()) ? "期限 " : "目安 ") + day + "\n根拠: "
                    + String.join("; ", d.basis()) + "\n適用規則: " + d.ruleSet()));
            line(out, "URL:" + baseUrl + "/incidents/" + d.incidentId());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String label(Duty d) {
        return switch (d.kind()) {
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
