package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Scorer;

/** The scorers a form offers, in the words the forms use; each knows which of its records it stands for. */
enum ScorerKind {
    EXACT("Exact match"),
    CONTAINS("Contains"),
    CONTAINS_ANY("Contains any of (a|b|c)"),
    CONTAINS_ALL("Contains all of (a|b|c)"),
    REGEX("Regular expression"),
    JSON("Valid JSON (optional JSON Schema)"),
    NUMBER("Number within a tolerance"),
    CHOICE("Multiple-choice letter"),
    JUDGE("LLM as judge");

    private final String label;

    ScorerKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static ScorerKind of(Scorer scorer) {
        return switch (scorer) {
            case Scorer.ExactMatch ignored -> EXACT;
            case Scorer.Contains ignored -> CONTAINS;
            case Scorer.ContainsAny ignored -> CONTAINS_ANY;
            case Scorer.ContainsAll ignored -> CONTAINS_ALL;
            case Scorer.Regex ignored -> REGEX;
            case Scorer.ValidJson ignored -> JSON;
            case Scorer.NumberWithin ignored -> NUMBER;
            case Scorer.MultipleChoice ignored -> CHOICE;
            case Scorer.LlmJudge ignored -> JUDGE;
        };
    }
}
