package dev.beacon.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes tickets as CSV (RFC 4180): a header row, CRLF line ends, fields with commas, quotes or line breaks quoted
 * with inner quotes doubled. Times are ISO-8601 in UTC, dates ISO-8601. Free text that a spreadsheet would run as a
 * formula (starting with =, +, - or @) gets a leading apostrophe, so opening an export cannot run what someone typed.
 */
final class TicketCsv {

    static final List<String> HEADER = List.of("number", "title", "type", "priority", "status", "team", "model",
            "assignee", "reporter", "dueDate", "labels", "createdAt", "updatedAt", "closedAt", "completedVersionLabel",
            "description", "link");

    private TicketCsv() {
    }

    static String write(List<Ticket> tickets, TicketLinks links) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Ticket ticket : tickets) {
            TicketData data = ticket.data();
            row(csv, List.of(
                    String.valueOf(ticket.number()),
                    text(data.title()),
                    data.type().name(),
                    data.priority().name(),
                    ticket.status().name(),
                    text(ticket.teamName()),
                    text(ticket.modelName()),
                    text(ticket.assigneeName()),
                    text(ticket.reporterName()),
                    date(data.dueDate()),
                    text(String.join(", ", data.labels())),
                    time(ticket.createdAt()),
                    time(ticket.updatedAt()),
                    time(ticket.closedAt()),
                    text(ticket.completedVersionLabel()),
                    text(data.description()),
                    links.ticket(ticket.id())));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** People's text, defused for spreadsheets. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String time(Instant time) {
        return time == null ? "" : time.toString();
    }
}
