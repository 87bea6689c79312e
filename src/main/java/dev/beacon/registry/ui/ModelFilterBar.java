package dev.beacon.registry.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.registry.TeamChoice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.beacon.shared.ui.UrlParameters.first;
import static dev.beacon.shared.ui.UrlParameters.parse;

/** Text search and the team, runtime, status and tag filters of the models list, mirrored in the URL. */
class ModelFilterBar extends FlexLayout {

    private final TextField text = new TextField();
    private final ComboBox<TeamChoice> team = new ComboBox<>("Team");
    private final Select<ModelRuntime> runtime = new Select<>();
    private final Select<ModelStatus> status = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>("Tag");

    ModelFilterBar(List<TeamChoice> teams, List<String> tags, Consumer<ModelFilter> onChange) {
        text.setLabel("Search");
        text.setPlaceholder("Name, served model, endpoint…");
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

        status.setLabel("Status");
        status.setItems(ModelStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "All statuses" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");

        tag.setItems(tags);
        tag.setClearButtonVisible(true);
        tag.setPlaceholder("Any tag");

        text.setWidth("13em");
        team.setWidth("10em");
        runtime.setWidth("10em");
        status.setWidth("9em");
        tag.setWidth("9em");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        add(text, team, runtime, status, tag);

        text.addValueChangeListener(e -> onChange.accept(filter()));
        team.addValueChangeListener(e -> onChange.accept(filter()));
        runtime.addValueChangeListener(e -> onChange.accept(filter()));
        status.addValueChangeListener(e -> onChange.accept(filter()));
        tag.addValueChangeListener(e -> onChange.accept(filter()));
    }

    ModelFilter filter() {
        return new ModelFilter(Optional.ofNullable(team.getValue()).map(TeamChoice::id).orElse(null),
                runtime.getValue(), status.getValue(), tag.getValue(), text.getValue());
    }

    boolean isEmpty() {
        ModelFilter f = filter();
        return f.team() == null && f.runtime() == null && f.status() == null
                && (f.tag() == null || f.tag().isBlank()) && f.text().isBlank();
    }

    void clear() {
        text.clear();
        team.clear();
        runtime.clear();
        status.clear();
        tag.clear();
    }

    /**
     * Shows exactly the filters of the URL (a shared or bookmarked link, or the menu entry with none);
     * unknown values are ignored. Vaadin reuses the list view when the user navigates from the list to
     * the list, so a filter the URL leaves out is cleared, not kept from before.
     */
    void restore(QueryParameters parameters) {
        Map<String, List<String>> params = parameters.getParameters();
        text.setValue(first(params, "q").orElse(""));
        team.setValue(first(params, "team").flatMap(this::teamById).orElse(null));
        runtime.setValue(first(params, "runtime").flatMap(value -> parse(ModelRuntime.class, value)).orElse(null));
        status.setValue(first(params, "status").flatMap(value -> parse(ModelStatus.class, value)).orElse(null));
        tag.setValue(first(params, "tag").orElse(null));
    }

    QueryParameters toQueryParameters() {
        ModelFilter f = filter();
        Map<String, String> params = new HashMap<>();
        if (!f.text().isBlank()) params.put("q", f.text());
        if (f.team() != null) params.put("team", f.team().toString());
        if (f.runtime() != null) params.put("runtime", f.runtime().name());
        if (f.status() != null) params.put("status", f.status().name());
        if (f.tag() != null && !f.tag().isBlank()) params.put("tag", f.tag());
        return QueryParameters.simple(params);
    }

    private Optional<TeamChoice> teamById(String id) {
        return team.getListDataView().getItems().filter(choice -> choice.id().toString().equals(id)).findFirst();
    }
}
