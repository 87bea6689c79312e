package dev.beacon.maintenance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes due dates as an RFC 5545 calendar: one all-day event per ticket, its UID stable per ticket so calendar apps
 * update rather than duplicate it. Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character);
 * text values escape backslashes, semicolons, commas and line breaks.
 */
final class ICalendar {

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {
    }

    static String of(String calendarName, List<Ticket> tickets, TicketLinks links) {
        ICalendar calendar = new ICalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:-//Beacon//Maintenance tickets//EN");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:PUBLISH");
        calendar.line("X-WR-CALNAME:" + escape(calendarName));
        for (Ticket ticket : tickets) {
            calendar.event(ticket, links.ticket(ticket.id()));
        }
        calendar.line("END:VCALENDAR");
        return calendar.out.toString();
    }

    private void event(Ticket ticket, String url) {
        LocalDate due = ticket.data().dueDate();
        line("BEGIN:VEVENT");
        line("UID:ticket-" + ticket.id() + "@beacon");
        line("DTSTAMP:" + STAMP.format(ticket.updatedAt()));
        line("LAST-MODIFIED:" + STAMP.format(ticket.updatedAt()));
        line("DTSTART;VALUE=DATE:" + DATE.format(due));
        line("DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
        line("SUMMARY:" + escape(ticket.headline()));
        line("DESCRIPTION:" + escape(description(ticket, url)));
        line("URL:" + url);
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }

    private static String description(Ticket ticket, String url) {
        String about = ticket.modelName() == null ? "Team-wide work of " + ticket.teamName()
                : ticket.modelName() + " (" + ticket.teamName() + ")";
        String text = ticket.data().priority().label() + " priority, " + ticket.status().label().toLowerCase() + "\n"
                + about + "\n" + url;
        String details = ticket.data().description();
        return details == null || details.isBlank() ? text : text + "\n\n" + details;
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** Writes a content line, folded into lines of at most 75 octets, each continuation starting with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
