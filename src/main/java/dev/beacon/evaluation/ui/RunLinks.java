package dev.beacon.evaluation.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.beacon.evaluation.RunId;

import java.util.Map;

/**
 * Addresses of the run page and the compare view (views of their own), so the suite page can link to them by path.
 * The compare view takes two run ids: {@code evaluations/compare?a=<run>&b=<run>}.
 */
final class RunLinks {

    private RunLinks() {
    }

    static String run(RunId run) {
        return "evaluations/runs/" + run;
    }

    static final String COMPARE = "evaluations/compare";

    static QueryParameters compareQuery(RunId a, RunId b) {
        return QueryParameters.simple(Map.of("a", a.toString(), "b", b.toString()));
    }
}
