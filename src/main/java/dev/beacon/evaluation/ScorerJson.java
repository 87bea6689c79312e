package dev.beacon.evaluation;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A scorer as JSON: {@code {"type": "exact", "ignoreCase": true, ...}}. This is how the database, the REST API and
 * JSONL files hold it; CSV files split it into a {@code scorer} column (the type) and {@code scorer_options} (the rest).
 * Options left out take their defaults; unknown types and options are refused, naming them.
 */
public final class ScorerJson {

    public static final Set<String> TYPES =
            Set.of("exact", "contains", "contains_any", "contains_all", "regex", "json", "number", "choice", "judge");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "exact", Set.of("ignoreCase", "ignoreWhitespace", "ignorePunctuation", "numbersAsWords"),
            "contains", Set.of("ignoreCase"),
            "contains_any", Set.of("ignoreCase"),
            "contains_all", Set.of("ignoreCase"),
            "regex", Set.of(),
            "json", Set.of(),
            "number", Set.of("tolerance"),
            "choice", Set.of(),
            "judge", Set.of("judgeModelId", "rubric", "passThreshold"));

    private ScorerJson() {
    }

    public static ObjectNode write(Scorer scorer) {
        ObjectNode node = JSON.createObjectNode().put("type", scorer.type());
        switch (scorer) {
            case Scorer.ExactMatch exact -> node.put("ignoreCase", exact.ignoreCase())
                    .put("ignoreWhitespace", exact.ignoreWhitespace())
                    .put("ignorePunctuation", exact.ignorePunctuation())
                    .put("numbersAsWords", exact.numbersAsWords());
            case Scorer.Contains contains -> node.put("ignoreCase", contains.ignoreCase());
            case Scorer.ContainsAny any -> node.put("ignoreCase", any.ignoreCase());
            case Scorer.ContainsAll all -> node.put("ignoreCase", all.ignoreCase());
            case Scorer.NumberWithin number -> node.put("tolerance", number.tolerance());
            case Scorer.LlmJudge judge -> node.put("judgeModelId", judge.judge() == null ? null : judge.judge().toString())
                    .put("rubric", judge.rubric())
                    .put("passThreshold", judge.passThreshold());
            case Scorer.Regex ignored -> { }
            case Scorer.ValidJson ignored -> { }
            case Scorer.MultipleChoice ignored -> { }
        }
        return node;
    }

    public static String toJson(Scorer scorer) {
        return scorer == null ? null : write(scorer).toString();
    }

    /** Reads JSON text; null or blank text is no scorer. */
    public static Scorer fromJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return read(JSON.readTree(text));
        } catch (JacksonException e) {
            throw new InvalidInputException("scorer", "The scorer is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a scorer object; problems name the field as "scorer" or "scorer.&lt;option&gt;". */
    public static Scorer read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("scorer", "A scorer is a JSON object with a \"type\"");
        }
        return read(node.path("type").isString() ? node.path("type").asString() : null, node);
    }

    /** Reads a scorer of the given type from its options (a JSON object, whose "type" field, if any, is ignored). */
    public static Scorer read(String type, JsonNode options) {
        if (type == null || !TYPES.contains(type.strip().toLowerCase())) {
            throw new InvalidInputException("scorer", "Unknown scorer type " + (type == null ? "(none)" : "'" + type + "'")
                    + "; use one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        String name = type.strip().toLowerCase();
        Reader read = new Reader(options);
        read.refuseUnknown(OPTIONS.get(name));
        return switch (name) {
            case "exact" -> new Scorer.ExactMatch(read.flag("ignoreCase"), read.flag("ignoreWhitespace"),
                    read.flag("ignorePunctuation"), read.flag("numbersAsWords"));
            case "contains" -> new Scorer.Contains(read.flag("ignoreCase"));
            case "contains_any" -> new Scorer.ContainsAny(read.flag("ignoreCase"));
            case "contains_all" -> new Scorer.ContainsAll(read.flag("ignoreCase"));
            case "regex" -> new Scorer.Regex();
            case "json" -> new Scorer.ValidJson();
            case "number" -> new Scorer.NumberWithin(read.number("tolerance", 0));
            case "choice" -> new Scorer.MultipleChoice();
            default -> new Scorer.LlmJudge(read.modelId("judgeModelId"), read.text("rubric"),
                    read.number("passThreshold", Scorer.LlmJudge.DEFAULT_THRESHOLD));
        };
    }

    /** Reads options of one scorer; every flag defaults to true, so "ignore" options are on unless switched off. */
    private record Reader(JsonNode options) {

        void refuseUnknown(Set<String> known) {
            if (options == null || options.isNull() || options.isMissingNode()) {
                return;
            }
            if (!options.isObject()) {
                throw new InvalidInputException("scorer", "Scorer options are a JSON object");
            }
            for (String field : options.propertyNames()) {
                if (!field.equals("type") && !known.contains(field)) {
                    throw new InvalidInputException("scorer." + field, "Unknown scorer option '" + field + "'"
                            + (known.isEmpty() ? "; this scorer has no options" : "; use " + String.join(", ", known.stream().sorted().toList())));
                }
            }
        }

        boolean flag(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return true;
            }
            if (!value.isBoolean()) {
                throw new InvalidInputException("scorer." + name, name + " is true or false");
            }
            return value.booleanValue();
        }

        double number(String name, double fallback) {
            JsonNode value = value(name);
            if (value == null) {
                return fallback;
            }
            if (!value.isNumber()) {
                throw new InvalidInputException("scorer." + name, name + " is a number");
            }
            return value.doubleValue();
        }

        String text(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return "";
            }
            if (!value.isString()) {
                throw new InvalidInputException("scorer." + name, name + " is a text");
            }
            return value.asString();
        }

        ModelId modelId(String name) {
            String text = text(name).strip();
            if (text.isEmpty()) {
                throw new InvalidInputException("scorer." + name, "Choose the judge model");
            }
            try {
                return new ModelId(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("scorer." + name, "'" + text + "' is not a model id");
            }
        }

        private JsonNode value(String name) {
            if (options == null || !options.isObject()) {
                return null;
            }
            JsonNode value = options.get(name);
            return value == null || value.isNull() ? null : value;
        }
    }
}
