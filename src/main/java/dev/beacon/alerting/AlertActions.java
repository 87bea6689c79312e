package dev.beacon.alerting;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;

import java.util.List;
import java.util.function.Function;

/**
 * A column another module adds to the rules of a model's Alerts tab, e.g. maintenance's ticket of each rule with "Open
 * ticket" on an active alert. Alerting's UI collects every bean of this type and knows nothing of what they do, so
 * modules that build on alerting add to the tab without alerting depending on them.
 */
public interface AlertActions {

    /** The column's header. */
    String header();

    /**
     * Prepares the column for these rules of the model (one read for all of them) and answers each rule's cell, or
     * null for an empty one. The services behind it check the current user's rights again.
     *
     * @param canEdit whether the user may act (EDITOR or OWNER of the model's team)
     * @param refresh shows the tab again, e.g. after an action changed something
     */
    Function<RuleOverview, Component> cells(ModelId model, List<RuleOverview> rules, boolean canEdit, Runnable refresh);
}
