package dev.beacon.evaluation;

import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Scores one answer: deterministic scorers with {@link Scoring}; an LLM judge by calling the judge model (a model of
 * the suite's team) the way the model under test is called, with {@link JudgePrompt}, and reading its verdict strictly.
 * A judge that cannot be asked or answers garbage makes the case ERRORED, never PASSED.
 */
@Component
class CaseScorer {

    /** A verdict is one short JSON object; this leaves room for a long reason. */
    private static final int JUDGE_MAX_TOKENS = 256;

    private final ChatEndpoint endpoint;
    private final ModelDirectory models;
    private final ModelCredentials credentials;

    CaseScorer(ChatEndpoint endpoint, ModelDirectory models, ModelCredentials credentials) {
        this.endpoint = endpoint;
        this.models = models;
        this.credentials = credentials;
    }

    CaseScore score(TeamId team, Scorer scorer, String question, String expected, String answer, Duration timeout) {
        if (scorer instanceof Scorer.LlmJudge judge) {
            return judged(team, judge, question, expected, answer, timeout);
        }
        try {
            return Scoring.score(scorer, expected, answer);
        } catch (RuntimeException e) {
            return new CaseScore(Outcome.ERRORED, null, "The scorer failed: " + e.getMessage());
        }
    }

    private CaseScore judged(TeamId team, Scorer.LlmJudge judge, String question, String expected, String answer,
                             Duration timeout) {
        ModelEntry model = judge.judge() == null ? null : models.find(judge.judge())
                .filter(entry -> entry.team().equals(team)).orElse(null);
        if (model == null) {
            return new CaseScore(Outcome.ERRORED, null, "The judge model is gone or not of the suite's team");
        }
        ChatReply verdict = endpoint.ask(model, credentials.apiKey(model.id()).orElse(null),
                JudgePrompt.messages(question, expected, answer, judge.rubric()), BigDecimal.ZERO, JUDGE_MAX_TOKENS, timeout);
        if (!verdict.ok()) {
            return new CaseScore(Outcome.ERRORED, null, "The judge could not be asked: " + verdict.failure());
        }
        return Scoring.judged(judge, verdict.answer());
    }
}
