package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Scorer;
import dev.beacon.shared.ModelId;

import java.util.function.Function;

/** A scorer in one line of words; an LLM judge also names its judge model, which only the page can look up. */
final class ScorerText {

    private ScorerText() {
    }

    /** @param modelName names the judge model, e.g. from the team's models */
    static String describe(Scorer scorer, Function<ModelId, String> modelName) {
        return scorer instanceof Scorer.LlmJudge judge
                ? scorer.describe() + ", judged by " + modelName.apply(judge.judge())
                : scorer.describe();
    }
}
