package dev.beacon.evaluation;

/** Text from a model or a case made fit to store: no NUL characters (PostgreSQL text cannot hold them), within limits. */
final class StoredText {

    /** The most of an answer kept per case: 4 KB of UTF-8. */
    static final int MAX_ANSWER_BYTES = 4096;
    static final int MAX_REASON_CHARS = 2000;
    static final int MAX_QUESTION_CHARS = 10_000;

    private StoredText() {
    }

    /** The text cut to at most {@code maxBytes} of UTF-8, at a character boundary (never half a character). */
    static String cutToBytes(String text, int maxBytes) {
        if (text == null) {
            return null;
        }
        String clean = withoutNul(text);
        int bytes = 0;
        int end = 0;
        while (end < clean.length()) {
            int codePoint = clean.codePointAt(end);
            int size = utf8Length(codePoint);
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return clean.substring(0, end);
    }

    /** The text cut to at most {@code maxChars} characters, with "…" when cut. */
    static String cutToChars(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String clean = withoutNul(text);
        if (clean.length() <= maxChars) {
            return clean;
        }
        int end = maxChars - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }

    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
