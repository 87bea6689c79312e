package dev.beacon.demo;

import dev.beacon.simulator.AnswerAccuracy;
import dev.beacon.simulator.Degradation;
import dev.beacon.simulator.HistoryIncident;
import dev.beacon.simulator.ScheduledDegradation;
import dev.beacon.simulator.ScoreFeed;
import dev.beacon.simulator.TrafficProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each demo model's simulated traffic looks, what went wrong in its past, and which degradations recur live.
 * README's demo section tells the same story; keep them together.
 */
final class DemoFleetPlan {

    /** When the live degradations happen (minutes past each hour, UTC), unless configured otherwise. */
    static final List<ScheduledDegradation> SCHEDULE = List.of(
            new ScheduledDegradation("llama-3.1-70b-instruct", Degradation.LATENCY_SPIKE, minutes(20), minutes(5), minutes(4)),
            new ScheduledDegradation("support-assistant", Degradation.ERROR_BURST, minutes(30), minutes(12), minutes(3)),
            new ScheduledDegradation("mixtral-8x7b-instruct", Degradation.OUTAGE, minutes(60), minutes(50), minutes(2)),
            new ScheduledDegradation("phi-3-mini-eval", Degradation.LOADING, null, Duration.ZERO, minutes(3)));

    /** requests/min quiet and peak, prompt and output token medians, TTFT and inter-token ms, concurrency. */
    private static final Map<String, TrafficProfile> TRAFFIC = Map.of(
            "llama-3.1-70b-instruct", new TrafficProfile(8, 70, 900, 280, 180, 28, 48),
            "qwen2.5-coder-32b", new TrafficProfile(15, 220, 1_800, 60, 140, 16, 64),
            "mixtral-8x7b-instruct", new TrafficProfile(4, 14, 600, 220, 260, 22, 32),
            "mistral-7b-support-ft", new TrafficProfile(3, 9, 700, 180, 350, 24, 4),
            "phi-3-mini-eval", new TrafficProfile(4, 12, 420, 60, 900, 45, 4),
            "gemma-2-9b", new TrafficProfile(3, 5, 500, 150, 420, 30, 2),
            "support-assistant", new TrafficProfile(6, 45, 1_400, 200, 450, 25, 32),
            "ticket-triage", new TrafficProfile(6, 40, 650, 12, 90, 14, 32));

    /**
     * Accuracy scores an evaluation job outside Beacon posts live. Models with the demo suite Smoke QA
     * ({@link DemoSmokeQa}) get theirs from Beacon's own runs instead: a second, made-up accuracy series next to it
     * would blur the regression and could fire the accuracy alert by itself.
     */
    private static final List<ScoreFeed> SCORES = List.of(
            new ScoreFeed("phi-3-mini-eval", "accuracy", 0.69, 0.01, "mmlu-subset-500", "lm-eval-harness"));

    /**
     * The daily accuracy of the 30 days of history. The drifting model's history is a steady Smoke QA month (about
     * 0.9 rising to 0.96), so the live drop stands out on its 30-day panel.
     */
    private static final List<ScoreFeed> HISTORY_SCORES = List.of(SCORES.getFirst(),
            new ScoreFeed(DemoSmokeQa.DRIFTING_MODEL, "accuracy", 0.96, 0.015, DemoSmokeQa.NAME, "beacon"));

    /**
     * How often each demo model answers the Smoke QA questions right. The drifting model: 0.96 for 3 minutes after the
     * start, down to 0.62 by minute 12, there until minute 40, back by minute 48; again every hour after the start.
     * Its runs every 5 minutes turn its accuracy alert Warning about 5 minutes in and Critical about 10 minutes in.
     */
    static final List<AnswerAccuracy> ACCURACY = List.of(
            new AnswerAccuracy(DemoSmokeQa.DRIFTING_MODEL, 0.96, 0.62, minutes(3), minutes(9), minutes(28), minutes(8), minutes(60)),
            AnswerAccuracy.constant("llama-3.1-70b-instruct", 0.97),
            AnswerAccuracy.constant("qwen2.5-coder-32b", 0.93),
            AnswerAccuracy.constant("support-assistant", 0.95),
            AnswerAccuracy.constant("ticket-triage", 0.9));

    private DemoFleetPlan() {
    }

    static TrafficProfile traffic(String model) {
        return TRAFFIC.get(model);
    }

    static List<ScoreFeed> scores() {
        return SCORES;
    }

    /** The model's daily scores in the history. */
    static Optional<ScoreFeed> score(String model) {
        return HISTORY_SCORES.stream().filter(feed -> feed.model().equals(model)).findFirst();
    }

    /** The model's past incidents, placed in the days before {@code now}. */
    static List<HistoryIncident> incidents(String model, Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return switch (model) {
            // after the 2025-01-fp8 upgrade: a bad afternoon
            case "llama-3.1-70b-instruct" -> List.of(incident(today, 3, "14:00", minutes(25), Degradation.LATENCY_SPIKE, 1));
            // v2 (longer context for repository-level completion) made prompts slower until prefix caching was tuned
            case "qwen2.5-coder-32b" -> List.of(incident(today, 10, "09:00", Duration.ofDays(3), Degradation.LATENCY_SPIKE, 0.3));
            // the outage day: the TGI node died, then ran overloaded for a while after the restart
            case "mixtral-8x7b-instruct" -> List.of(incident(today, 17, "08:30", Duration.ofHours(3), Degradation.OUTAGE, 1),
                    incident(today, 17, "11:30", Duration.ofHours(2), Degradation.ERROR_BURST, 0.5));
            case "mistral-7b-support-ft" -> List.of(incident(today, 6, "22:00", Duration.ofHours(1), Degradation.OUTAGE, 1));
            case "phi-3-mini-eval" -> List.of(incident(today, 8, "10:00", minutes(25), Degradation.LOADING, 1));
            // rate limits at the afternoon peak
            case "support-assistant" -> List.of(incident(today, 5, "14:00", minutes(40), Degradation.ERROR_BURST, 1),
                    incident(today, 12, "15:10", minutes(25), Degradation.ERROR_BURST, 1),
                    incident(today, 21, "13:30", minutes(30), Degradation.ERROR_BURST, 1));
            case "ticket-triage" -> List.of(incident(today, 2, "10:00", minutes(15), Degradation.ERROR_BURST, 0.6));
            default -> List.of();
        };
    }

    private static HistoryIncident incident(Instant today, int daysAgo, String time, Duration duration, Degradation kind,
                                            double strength) {
        String[] hourAndMinute = time.split(":");
        Instant start = today.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(Integer.parseInt(hourAndMinute[0])))
                .plus(minutes(Integer.parseInt(hourAndMinute[1])));
        return new HistoryIncident(kind, start, duration, strength);
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
