package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.ui.SuiteChoices.ModelOption;
import dev.beacon.shared.ModelId;

import java.util.List;

/**
 * What every section of a suite's page shares: the suite as last read, whether the reader may change it (a
 * courtesy: the services decide), the team's models, and how to show the page again after a change.
 */
record SuitePage(Suite suite, boolean canEdit, List<ModelOption> teamModels, Runnable reload) {

    String modelName(ModelId model) {
        return teamModels.stream().filter(option -> option.id().equals(model)).map(ModelOption::name).findFirst()
                .orElse("a model no longer in the team");
    }
}
