package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.beacon.evaluation.Comparison;
import dev.beacon.evaluation.Run;
import dev.beacon.shared.ui.UserTime;

import java.util.Objects;

/**
 * What is compared: a sentence saying whether it is two models or one model before and after a version change, and a
 * column per run with its model, version label, time and accuracy.
 */
class ComparisonHeader extends Div {

    ComparisonHeader(Comparison comparison) {
        addClassName("eval-comparison-header");
        Paragraph kind = new Paragraph(describe(comparison.a(), comparison.b()));
        kind.addClassName("eval-comparison-kind");
        Div columns = new Div(column("A", comparison.a()), column("B", comparison.b()));
        columns.addClassName("eval-comparison-columns");
        Paragraph counts = new Paragraph(comparison.count(Comparison.Change.REGRESSED) + " regressed, "
                + comparison.count(Comparison.Change.IMPROVED) + " improved, "
                + comparison.count(Comparison.Change.SAME) + " the same"
                + onlyIn(comparison));
        counts.addClassName("eval-comparison-counts");
        add(kind, columns, counts);
    }

    /** "Two models…" or "llama before and after a version change (v1 → v2)". */
    static String describe(Run a, Run b) {
        if (!a.model().equals(b.model())) {
            return "Two models on the suite " + a.suiteName() + ": " + a.modelName() + " (A) and " + b.modelName() + " (B).";
        }
        if (!Objects.equals(a.modelVersionLabel(), b.modelVersionLabel())) {
            return a.modelName() + " before and after a version change: " + RunTexts.version(a.modelVersionLabel()) + " (A) → "
                    + RunTexts.version(b.modelVersionLabel()) + " (B), on the suite " + a.suiteName() + ".";
        }
        return "Two runs of the suite " + a.suiteName() + " on " + a.modelName() + " (version "
                + RunTexts.version(a.modelVersionLabel()) + ").";
    }

    private static String onlyIn(Comparison comparison) {
        long onlyA = comparison.count(Comparison.Change.ONLY_A);
        long onlyB = comparison.count(Comparison.Change.ONLY_B);
        return (onlyA > 0 ? ", " + onlyA + " only in A" : "") + (onlyB > 0 ? ", " + onlyB + " only in B" : "") + ".";
    }

    private static Component column(String side, Run run) {
        Div column = new Div(new H3(side + ": " + run.modelName()));
        column.addClassName("eval-comparison-column");
        Div facts = new Div(
                RunFacts.fact("Version", new Span(RunTexts.version(run.modelVersionLabel()))),
                RunFacts.fact("Started", new Span(UserTime.format(run.startedAt()))),
                RunFacts.fact("Accuracy", new Span(RunTexts.accuracy(run.accuracy()))),
                RunFacts.fact("Status", RunTexts.status(run.status())),
                RunFacts.fact("Run", EvaluationLinks.link(RunLinks.run(run.id()), "Open run " + side)));
        facts.addClassName("eval-fact-list");
        column.add(facts);
        return column;
    }
}
