/**
 * Evaluation (issue 10): a team's golden test suites — cases of chat messages with an expected answer and a scorer —
 * sent to its models' own OpenAI-compatible endpoints on a schedule or on demand, scored, and written into the models'
 * {@code accuracy} score series, so dashboards and alert rules see them with no extra wiring.
 * <p>
 * {@link dev.beacon.evaluation.SuiteService} keeps suites and cases (with CSV/JSONL import and export);
 * {@link dev.beacon.evaluation.Scoring} scores an answer, {@link dev.beacon.evaluation.JudgePrompt} and
 * {@link dev.beacon.evaluation.JudgeVerdict} talk to an LLM judge. Runs, attachments and comparisons are in the
 * run services of this module. Nothing outside depends on this module except through the shared extension points.
 * See docs/design-decisions/0027-evaluation-suites-and-scorers.md and 0028.
 */
package dev.beacon.evaluation;
