package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.shared.ui.UserTime;

/**
 * A run's figures as a list of facts. An errored run says why in a prominent box instead of an accuracy, so nobody
 * mistakes an unreachable endpoint for a model that answers everything wrong.
 */
class RunFacts extends Div {

    RunFacts(Run run) {
        addClassName("eval-run-facts");
        if (run.status() == RunStatus.ERRORED) {
            Span headline = new Span("The run errored, so it has no accuracy. ");
            headline.getStyle().set("font-weight", "600");
            Paragraph reason = new Paragraph(headline,
                    new Span(run.errorReason() == null ? "Beacon recorded no reason." : run.errorReason()));
            reason.addClassName("eval-run-error");
            reason.getElement().setAttribute("role", "alert");
            add(reason);
        } else if (run.status() == RunStatus.CANCELLED) {
            Paragraph cancelled = new Paragraph("The run was cancelled, so it has no accuracy.");
            cancelled.addClassName("eval-run-cancelled");
            add(cancelled);
        }
        Div facts = new Div();
        facts.addClassName("eval-fact-list");
        facts.add(fact("Status", RunTexts.status(run.status())));
        facts.add(fact("Accuracy", accuracy(run)));
        facts.add(fact("Passed / failed / errored", new Span(run.passed() + " / " + run.failed() + " / " + run.errored()
                + " of " + run.totalCases() + " cases")));
        facts.add(fact("Latency p50 / p95", new Span(RunTexts.millis(run.latencyP50Ms()) + " / " + RunTexts.millis(run.latencyP95Ms()))));
        facts.add(fact("Tokens (prompt / completion)", new Span(RunTexts.count(run.promptTokens()) + " / "
                + RunTexts.count(run.completionTokens()))));
        facts.add(fact("Model version", new Span(RunTexts.version(run.modelVersionLabel()))));
        facts.add(fact("Started by", new Span(RunTexts.trigger(run.trigger()) + " · " + RunTexts.startedBy(run))));
        facts.add(fact("Started", new Span(UserTime.formatPrecise(run.startedAt()))));
        facts.add(fact("Finished", new Span(UserTime.formatPrecise(run.finishedAt()))));
        add(facts);
    }

    private static Component accuracy(Run run) {
        Span accuracy = new Span(RunTexts.accuracy(run.accuracy()));
        accuracy.addClassName("eval-run-accuracy");
        return accuracy;
    }

    static Div fact(String name, Component value) {
        Span label = new Span(name);
        label.addClassName("eval-fact-name");
        Div fact = new Div(label, value);
        fact.addClassName("eval-fact");
        return fact;
    }
}
