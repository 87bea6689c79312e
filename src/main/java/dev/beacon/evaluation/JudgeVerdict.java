package dev.beacon.evaluation;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An LLM judge's verdict: a score from 0 to 1 and a one-line reason. {@link #parse} is deliberately strict — a verdict
 * Beacon cannot read exactly must never count as a pass, so anything but the one JSON object the judge was asked for
 * is refused.
 */
public record JudgeVerdict(double score, String reason) {

    /** Longer reasons are cut to this many characters. */
    public static final int MAX_REASON = 500;

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern FENCE = Pattern.compile("(?s)```(?:json|JSON)?[ \\t]*\\R?(.*?)\\R?[ \\t]*```");
    private static final Set<String> FIELDS = Set.of("score", "reason");

    /**
     * Reads the judge's whole answer: exactly one JSON object {@code {"score": <0..1>, "reason": "<one line>"}},
     * optionally inside one ```json fence, with nothing else around it but whitespace.
     *
     * @throws Unreadable saying what is wrong: prose, no JSON, a missing or extra field, a score that is not a number
     *                    from 0 to 1, an empty or multi-line reason
     */
    public static JudgeVerdict parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Unreadable("the judge answered nothing");
        }
        JsonNode verdict = object(unfenced(text.strip()));
        for (String field : verdict.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new Unreadable("unexpected field \"" + field + "\"");
            }
        }
        return new JudgeVerdict(score(verdict.get("score")), reason(verdict.get("reason")));
    }

    private static String unfenced(String text) {
        if (!text.startsWith("```")) {
            return text;
        }
        Matcher fence = FENCE.matcher(text);
        if (!fence.matches()) {
            throw new Unreadable("text around the ```json block, or an unclosed block");
        }
        return fence.group(1).strip();
    }

    private static JsonNode object(String text) {
        if (!text.startsWith("{")) {
            throw new Unreadable("it is not a JSON object");
        }
        try {
            JsonNode node = STRICT.readTree(text);
            if (node == null || !node.isObject()) {
                throw new Unreadable("it is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new Unreadable("it is not one valid JSON object (" + e.getOriginalMessage() + ")");
        }
    }

    private static double score(JsonNode score) {
        if (score == null) {
            throw new Unreadable("the \"score\" is missing");
        }
        if (!score.isNumber()) {
            throw new Unreadable("the \"score\" is not a number");
        }
        double value = score.doubleValue();
        if (!(value >= 0 && value <= 1)) {
            throw new Unreadable("the score " + score + " is not between 0 and 1");
        }
        return value;
    }

    private static String reason(JsonNode reason) {
        if (reason == null) {
            throw new Unreadable("the \"reason\" is missing");
        }
        if (!reason.isString() || reason.asString().isBlank()) {
            throw new Unreadable("the \"reason\" is not a non-empty text");
        }
        String text = reason.asString().strip();
        if (text.contains("\n") || text.contains("\r")) {
            throw new Unreadable("the \"reason\" is not one line");
        }
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "…" : text;
    }

    /** The judge's answer is not a verdict Beacon can read; the message says why. */
    public static class Unreadable extends RuntimeException {

        public Unreadable(String problem) {
            super(problem);
        }
    }
}
