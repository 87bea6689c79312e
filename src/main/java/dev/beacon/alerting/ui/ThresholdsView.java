package dev.beacon.alerting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.time.Instant;

/**
 * Every alert rule of the user's teams, for regular review: rules not reviewed for a while (90 days by default) come
 * first, and each says how often it fired in the last 30 days — noisy and never-firing rules are review candidates.
 */
@Route("thresholds")
@PageTitle("Thresholds")
@Menu(title = "Thresholds", order = 3, icon = "vaadin:sliders")
@PermitAll
class ThresholdsView extends Main {

    ThresholdsView(AlertRuleService rules) {
        addClassName("beacon-page");
        add(new H2("Thresholds"));
        var found = rules.rulesForReview();
        if (found.isEmpty()) {
            add(new EmptyState("No alert rules yet", "Add rules on a model's Alerts tab; they are listed here for review."));
            return;
        }
        Instant dueBefore = rules.reviewDueBefore();
        long due = found.stream().filter(rule -> AlertRuleService.isReviewDue(rule, dueBefore)).count();
        add(new Paragraph(due == 0 ? "Every rule was reviewed recently."
                : due + (due == 1 ? " rule is" : " rules are") + " due for review: not reviewed since " + UserTime.format(dueBefore) + "."));
        Grid<RuleOverview> grid = new Grid<>();
        grid.addClassName("thresholds");
        grid.addComponentColumn(rule -> new Anchor("models/" + rule.rule().model(), rule.rule().modelName()))
                .setHeader("Model").setAutoWidth(true);
        grid.addColumn(rule -> rule.rule().data().summary()).setHeader("Rule").setFlexGrow(3);
        grid.addComponentColumn(HealthBadges::state).setHeader("State").setAutoWidth(true);
        grid.addColumn(RuleOverview::firings).setHeader("Fired (30 days)").setAutoWidth(true);
        grid.addComponentColumn(rule -> AlertRuleService.isReviewDue(rule, dueBefore)
                ? Badges.badge(rule.rule().reviewedAt() == null ? "Never reviewed" : "Review due", Badges.Tone.WARNING)
                : Badges.badge("Reviewed", Badges.Tone.SUCCESS)).setHeader("Review").setAutoWidth(true);
        grid.addColumn(rule -> rule.rule().reviewedAt() == null ? "–"
                : UserTime.format(rule.rule().reviewedAt()) + " by " + rule.rule().reviewedBy()).setHeader("Last reviewed").setAutoWidth(true);
        grid.setItems(found);
        grid.setSizeFull();
        add(grid);
    }
}
