package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;

import java.util.List;

/** What a started run sends: these cases of the suite, to the model, with these settings. */
record RunPlan(RunId id, Suite suite, ModelId model, RunSettings settings, List<EvalCase> cases) {
}
