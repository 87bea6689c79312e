package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.shared.ModelId;

/** Addresses of the suite page and the model page and the comparison ({@link RunLinks} has the run page's), and router links to them. */
final class EvaluationLinks {

    private EvaluationLinks() {
    }

    /** The comparison of run {@code a} (the earlier, or the left one) with run {@code b}, as a link's address. */
    static String compare(RunId a, RunId b) {
        return RunLinks.COMPARE + "?a=" + a + "&b=" + b;
    }

    static String suite(SuiteId suite) {
        return "evaluations/suites/" + suite;
    }

    static String model(ModelId model) {
        return "models/" + model;
    }

    static Anchor link(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
