package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.beacon.evaluation.Outcome;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.RunTrigger;
import dev.beacon.shared.ui.Badges;

import java.util.Locale;

/**
 * How runs and their results read everywhere on the run pages, the model's tab and the ticket section: accuracy as a
 * percentage (never "0 %" for a run that has none), statuses and outcomes as badges whose words carry the meaning.
 */
final class RunTexts {

    /** What stands where a figure is missing. */
    static final String NONE = "—";

    private RunTexts() {
    }

    /** "85.0 %" as the suite page words it; "—" when the run has none (still running, errored, cancelled). */
    static String accuracy(Double accuracy) {
        return RunText.accuracy(accuracy);
    }

    /** The change between two accuracies in percentage points, e.g. "+5 points", "−12.5 points". */
    static String pointsChange(double before, double after) {
        double points = (after - before) * 100;
        if (Math.abs(points) < 0.05) {
            return "No change";
        }
        String amount = percent(Math.abs(points));
        return (points > 0 ? "+" : "−") + amount + (amount.equals("1") ? " point" : " points");
    }

    private static String percent(double value) {
        String text = String.format(Locale.ENGLISH, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String millis(Double millis) {
        if (millis == null) {
            return NONE;
        }
        return millis >= 1000 ? String.format(Locale.ENGLISH, "%.2f s", millis / 1000)
                : String.format(Locale.ENGLISH, "%.0f ms", millis);
    }

    static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    static String score(Double score) {
        return score == null ? NONE : String.format(Locale.ENGLISH, "%.2f", score);
    }

    static String trigger(RunTrigger trigger) {
        return switch (trigger) {
            case SCHEDULED -> "Schedule";
            case MANUAL -> "Run now";
            case COMPARE -> "Model comparison";
        };
    }

    /** Who started the run: a person, or Beacon's schedule. */
    static String startedBy(Run run) {
        return run.startedBy() == null ? "Beacon (schedule)" : run.startedBy();
    }

    static String version(String label) {
        return label == null || label.isBlank() ? "no version label" : label;
    }

    static Span status(RunStatus status) {
        Span badge = Badges.badge(RunText.status(status), switch (status) {
            case RUNNING -> Badges.Tone.NEUTRAL;
            case COMPLETED -> Badges.Tone.SUCCESS;
            case ERRORED -> Badges.Tone.ERROR;
            case CANCELLED -> Badges.Tone.CONTRAST;
        });
        badge.addClassName("eval-run-status");
        return badge;
    }

    static Span outcome(Outcome outcome) {
        if (outcome == null) {
            return new Span(NONE);
        }
        Span badge = Badges.badge(switch (outcome) {
            case PASSED -> "Passed";
            case FAILED -> "Failed";
            case ERRORED -> "Errored";
        }, switch (outcome) {
            case PASSED -> Badges.Tone.SUCCESS;
            case FAILED -> Badges.Tone.ERROR;
            case ERRORED -> Badges.Tone.WARNING;
        });
        badge.addClassName("eval-outcome");
        return badge;
    }

    /** The mark of a case that passed in the previous run and does not now: the word says it, the colour repeats it. */
    static Span regressed() {
        Span badge = Badges.badge("Regressed", Badges.Tone.ERROR);
        badge.getElement().getThemeList().add("primary");
        badge.addClassName("eval-regressed");
        return badge;
    }

    /** A long text on one line (whitespace folded), cut to {@code max} characters with an ellipsis. */
    static String shortened(String text, int max) {
        if (text == null) {
            return NONE;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end).stripTrailing() + "…";
    }

    /** A titled block of unabridged text (a question, an answer) in a result's details. */
    static Component textBlock(String title, String text) {
        Span name = new Span(title);
        name.addClassName("eval-fact-name");
        Pre body = new Pre(text == null ? NONE : text);
        body.addClassName("eval-result-text");
        return new Div(name, body);
    }
}
