package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.ModelBadgeSource;
import dev.beacon.shared.ui.ModelBadgeSource.ModelBadge;
import dev.beacon.telemetry.FleetModel;
import dev.beacon.telemetry.FleetOverview;
import dev.beacon.telemetry.FleetTeam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The models, team by team, as a dense grid of rows under one column header: rows line up, so figures
 * compare at a glance down a column, and a hundred models still fit a few screens. Each refresh updates
 * the rows it already shows and moves only rows whose place in the order changed.
 */
final class FleetBoard extends Div {

    private final Div sections = new Div();
    private final Map<TeamId, FleetTeamSection> teams = new HashMap<>();
    private final Map<ModelId, FleetRow> rows = new HashMap<>();
    private final List<ModelBadgeSource> badgeSources;

    /** @param badgeSources what other modules add to the rows (e.g. open-ticket counts) */
    FleetBoard(List<ModelBadgeSource> badgeSources) {
        this.badgeSources = badgeSources;
        addClassName("fleet-board");
        sections.addClassName("fleet-sections");
        add(header(), sections);
    }

    /**
     * Shows the overview's first {@code limit} models in its order: each row draws a chart, and a browser drawing
     * hundreds at once keeps the page blank for seconds.
     */
    void show(FleetOverview overview, int limit) {
        Map<TeamId, FleetTeamSection> keptTeams = new HashMap<>();
        Map<ModelId, FleetRow> keptRows = new HashMap<>();
        List<FleetTeamSection> order = new ArrayList<>();
        for (FleetTeam team : overview.teams()) {
            if (keptRows.size() >= limit) {
                break;
            }
            List<FleetRow> teamRows = new ArrayList<>();
            for (FleetModel model : team.models().stream().limit(limit - keptRows.size()).toList()) {
                FleetRow row = rows.get(model.id());
                if (row == null) {
                    row = new FleetRow(model, overview.asOf());
                } else {
                    row.update(model, overview.asOf());
                }
                keptRows.put(model.id(), row);
                teamRows.add(row);
            }
            FleetTeamSection section = teams.getOrDefault(team.id(), new FleetTeamSection());
            section.show(team, teamRows);
            keptTeams.put(team.id(), section);
            order.add(section);
        }
        Children.arrange(sections, order);
        teams.clear();
        teams.putAll(keptTeams);
        rows.clear();
        rows.putAll(keptRows);
        showBadges();
    }

    /** Asks each source once for all rows shown, not once per row. */
    private void showBadges() {
        Map<ModelId, List<ModelBadge>> badges = new HashMap<>();
        for (ModelBadgeSource source : badgeSources) {
            source.badges(rows.keySet()).forEach((model, badge) ->
                    badges.computeIfAbsent(model, any -> new ArrayList<>()).add(badge));
        }
        rows.forEach((model, row) -> row.showBadges(badges.getOrDefault(model, List.of())));
    }

    /** The rows shown, top to bottom. */
    List<FleetRow> rows() {
        return sections.getChildren().map(FleetTeamSection.class::cast)
                .flatMap(FleetTeamSection::rows).toList();
    }

    private static Div header() {
        Div header = new Div(cell("Health", "health", null), cell("Model", "model", null),
                cell("Latency p95", "p95", "95th percentile of request latency, last 15 minutes"),
                cell("Req/min", "rpm", "Requests per minute, last 15 minutes"),
                cell("Tokens/s", "tps", "Output tokens generated per second, last 15 minutes"),
                cell("Errors", "err", "Share of requests that failed, last 15 minutes"),
                cell("Context", "ctx", "95th percentile of input tokens ÷ context window, last 15 minutes"),
                cell("Last hour", "spark", "Requests per minute (area) and p95 latency (line), minute by minute"),
                cell("Last probe", "probe", "The latest health probe of the server"));
        header.addClassNames("fleet-header", "fleet-columns");
        header.getElement().setAttribute("aria-hidden", true);
        return header;
    }

    private static Span cell(String text, String column, String explanation) {
        Span cell = new Span(text);
        cell.addClassName("fleet-col-" + column);
        if (explanation != null) {
            cell.getElement().setAttribute("title", explanation);
        }
        return cell;
    }
}
