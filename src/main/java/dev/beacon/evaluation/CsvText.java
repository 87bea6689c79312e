package dev.beacon.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV, as spreadsheets write it: comma-separated cells, cells in double quotes when they hold commas, quotes
 * ("" inside) or line breaks; CRLF or LF line ends; a UTF-8 byte-order mark is skipped. Each row remembers the physical
 * line it starts on, so problems name the line a person sees in an editor.
 */
final class CsvText {

    /** One row; {@code line} is the 1-based line of the file where it starts. */
    record Row(int line, List<String> cells) {

        boolean blank() {
            return cells.size() == 1 && cells.getFirst().isBlank();
        }
    }

    /** The file could not be split into rows; {@code line} is where the broken cell starts. */
    static final class Malformed extends RuntimeException {

        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@]");

    private CsvText() {
    }

    static List<Row> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new Malformed(quoteLine, "A quoted cell is not closed (a \" is missing)");
                    }
                    char q = csv.charAt(i);
                    if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        if (q == '\n') {
                            line++;
                        }
                        cell.append(q);
                        i++;
                    }
                }
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r' && csv.charAt(i) != '\n') {
                    throw new Malformed(line, "Text follows a closing quote; write \"\" for a quote inside a quoted cell");
                }
                continue;
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                i += (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') ? 2 : 1;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    /**
     * A text cell that a spreadsheet will not run: one starting with =, +, - or @ (after any apostrophes) gets a
     * leading apostrophe, which spreadsheets show as "this is text" and hide. {@link #unguarded} takes it off again, so
     * an export imports back to the same text — also after a spreadsheet saved it without the apostrophe.
     */
    static String guarded(String text) {
        return FORMULA.matcher(text).lookingAt() ? "'" + text : text;
    }

    static String unguarded(String text) {
        return text.startsWith("'") && FORMULA.matcher(text).lookingAt() ? text.substring(1) : text;
    }

    /** One row of cells, quoted where needed, ended by CRLF. */
    static String row(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
