package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.TeamChoice;
import dev.beacon.telemetry.FleetFilter;
import dev.beacon.telemetry.FleetSort;
import dev.beacon.telemetry.ModelHealth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.beacon.shared.ui.UrlParameters.first;
import static dev.beacon.shared.ui.UrlParameters.parse;

/**
 * The fleet overview's search, team, runtime and tag filters and its order, mirrored in the URL with the
 * health chosen through the counts: {@code ?q=…&team=…&runtime=VLLM&tag=chat&health=CRITICAL&sort=LATENCY}.
 */
final class FleetFilterBar extends FlexLayout {

    private final TextField text = new TextField("Search");
    private final ComboBox<TeamChoice> team = new ComboBox<>("Team");
    private final Select<ModelRuntime> runtime = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final Select<FleetSort> sort = new Select<>();
    private ModelHealth health;
    private boolean restoring;

    FleetFilterBar(List<TeamChoice> teams, List<String> tags, Runnable onChange) {
        text.setPlaceholder("Model, served model, endpoint…");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        team.setItems(teams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder("All teams");
        runtime.setLabel("Runtime");
        runtime.setItems(ModelRuntime.values());
        runtime.setItemLabelGenerator(value -> value == null ? "All runtimes" : value.label());
        runtime.setEmptySelectionAllowed(true);
        runtime.setEmptySelectionCaption("All runtimes");
        tag.setItems(tags);
        tag.setClearButtonVisible(true);
        tag.setPlaceholder("Any tag");
        sort.setLabel("Sort");
        sort.setItems(FleetSort.values());
        sort.setItemLabelGenerator(FleetSort::label);
        sort.setValue(FleetSort.HEALTH);

        text.setWidth("17em");
        team.setWidth("11em");
        runtime.setWidth("11em");
        tag.setWidth("9em");
        sort.setWidth("12em");
        setFlexWrap(FlexWrap.WRAP);
        addClassName("fleet-filters");
        add(text, team, runtime, tag, sort);

        text.addValueChangeListener(e -> changed(onChange));
        team.addValueChangeListener(e -> changed(onChange));
        runtime.addValueChangeListener(e -> changed(onChange));
        tag.addValueChangeListener(e -> changed(onChange));
        sort.addValueChangeListener(e -> changed(onChange));
    }

    FleetFilter filter() {
        return new FleetFilter(Optional.ofNullable(team.getValue()).map(TeamChoice::id).orElse(null), runtime.getValue(),
                tag.getValue(), health, text.getValue());
    }

    FleetSort sort() {
        return sort.getValue() == null ? FleetSort.HEALTH : sort.getValue();
    }

    void showOnly(ModelHealth chosen) {
        health = chosen;
    }

    void clear() {
        restoring = true;
        try {
            text.clear();
            team.clear();
            runtime.clear();
            tag.clear();
            health = null;
        } finally {
            restoring = false;
        }
    }

    /**
     * Shows exactly the filters and order of the URL (a shared link, a bookmark, or the menu entry with none);
     * values Beacon does not know, or teams the user cannot see, are ignored.
     */
    void restore(QueryParameters parameters) {
        Map<String, List<String>> params = parameters.getParameters();
        restoring = true;
        try {
            text.setValue(first(params, "q").orElse(""));
            team.setValue(first(params, "team").flatMap(this::teamById).orElse(null));
            runtime.setValue(first(params, "runtime").flatMap(value -> parse(ModelRuntime.class, value)).orElse(null));
            tag.setValue(first(params, "tag").orElse(null));
            sort.setValue(first(params, "sort").flatMap(value -> parse(FleetSort.class, value)).orElse(FleetSort.HEALTH));
            health = first(params, "health").flatMap(value -> parse(ModelHealth.class, value)).orElse(null);
        } finally {
            restoring = false;
        }
    }

    QueryParameters toQueryParameters() {
        FleetFilter f = filter();
        Map<String, String> params = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) params.put("q", f.text());
        if (f.team() != null) params.put("team", f.team().toString());
        if (f.runtime() != null) params.put("runtime", f.runtime().name());
        if (f.tag() != null && !f.tag().isBlank()) params.put("tag", f.tag());
        if (f.health() != null) params.put("health", f.health().name());
        if (sort() != FleetSort.HEALTH) params.put("sort", sort().name());
        return QueryParameters.simple(params);
    }

    private void changed(Runnable onChange) {
        if (!restoring) {
            onChange.run();
        }
    }

    private Optional<TeamChoice> teamById(String id) {
        return team.getListDataView().getItems().filter(choice -> choice.id().toString().equals(id)).findFirst();
    }
}
