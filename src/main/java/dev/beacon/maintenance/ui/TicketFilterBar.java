package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.maintenance.ModelChoice;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.UserId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.beacon.shared.ui.UrlParameters.first;
import static dev.beacon.shared.ui.UrlParameters.parse;

/**
 * The filters of the ticket list and board — team, model, type, status, assignee ("Me" first), overdue, due this
 * week and text — mirrored in the URL, so a filtered list is a link to share or bookmark.
 */
class TicketFilterBar extends FlexLayout {

    static final String ME = "me";

    private final TextField text = new TextField("Search");
    private final ComboBox<TeamChoice> team = new ComboBox<>("Team");
    private final ComboBox<ModelChoice> model = new ComboBox<>("Model");
    private final Select<TicketType> type = new Select<>();
    private final MultiSelectComboBox<TicketStatus> status = new MultiSelectComboBox<>("Status");
    private final ComboBox<Person> assignee = new ComboBox<>("Assignee");
    private final Checkbox overdue = new Checkbox("Overdue");
    private final Checkbox dueThisWeek = new Checkbox("Due this week");
    private final UserId me;
    private boolean restoring;

    TicketFilterBar(TicketChoices choices, boolean withStatus, Runnable onChange) {
        this.me = choices.me();
        text.setPlaceholder("Title, label or #number");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        team.setItems(choices.teams());
        team.setItemLabelGenerator(TeamChoice::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder("All teams");
        model.setItems(choices.models());
        model.setItemLabelGenerator(ModelChoice::name);
        model.setClearButtonVisible(true);
        model.setPlaceholder("All models");
        type.setLabel("Type");
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(value -> value == null ? "All types" : value.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(TicketStatus::label);
        status.setPlaceholder("Any status");
        status.setVisible(withStatus);
        List<Person> people = new ArrayList<>();
        people.add(new Person(me, "Me"));
        choices.people().stream().filter(person -> !person.id().equals(me)).forEach(people::add);
        assignee.setItems(people);
        assignee.setItemLabelGenerator(Person::name);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder("Anyone");

        text.setWidth("13em");
        team.setWidth("10em");
        model.setWidth("12em");
        type.setWidth("11em");
        status.setWidth("12em");
        assignee.setWidth("10em");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        add(text, team, model, type, status, assignee, overdue, dueThisWeek);

        List<HasValue<?, ?>> fields = List.of(text, team, model, type, status, assignee, overdue, dueThisWeek);
        fields.forEach(field -> field.addValueChangeListener(event -> {
            if (!restoring) {
                onChange.run();
            }
        }));
    }

    TicketFilter filter() {
        return new TicketFilter(team.getValue() == null ? Set.of() : Set.of(team.getValue().id()),
                Optional.ofNullable(model.getValue()).map(ModelChoice::id).orElse(null), type.getValue(),
                status.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(status.getValue()),
                Optional.ofNullable(assignee.getValue()).map(Person::id).orElse(null),
                overdue.getValue(), dueThisWeek.getValue(), text.getValue().isBlank() ? null : text.getValue().strip());
    }

    boolean isEmpty() {
        return filter().equals(TicketFilter.none());
    }

    void clear() {
        restoring = true;
        try {
            text.clear();
            team.clear();
            model.clear();
            type.clear();
            status.clear();
            assignee.clear();
            overdue.setValue(false);
            dueThisWeek.setValue(false);
        } finally {
            restoring = false;
        }
    }

    /**
     * Shows exactly the filters of the URL; unknown values are ignored, and a filter the URL leaves out is cleared
     * (Vaadin reuses the view when the user goes from the list to the list).
     */
    void restore(QueryParameters parameters) {
        Map<String, List<String>> params = parameters.getParameters();
        restoring = true;
        try {
            text.setValue(first(params, "q").orElse(""));
            team.setValue(first(params, "team").flatMap(id -> team.getListDataView().getItems()
                    .filter(choice -> choice.id().toString().equals(id)).findFirst()).orElse(null));
            model.setValue(first(params, "model").flatMap(id -> model.getListDataView().getItems()
                    .filter(choice -> choice.id().toString().equals(id)).findFirst()).orElse(null));
            type.setValue(first(params, "type").flatMap(value -> parse(TicketType.class, value)).orElse(null));
            Set<TicketStatus> statuses = new LinkedHashSet<>();
            params.getOrDefault("status", List.of()).forEach(value -> parse(TicketStatus.class, value).ifPresent(statuses::add));
            status.setValue(status.isVisible() ? statuses : Set.of());
            assignee.setValue(first(params, "assignee").flatMap(this::personByParameter).orElse(null));
            overdue.setValue(first(params, "overdue").map("true"::equals).orElse(false));
            dueThisWeek.setValue(first(params, "dueThisWeek").map("true"::equals).orElse(false));
        } finally {
            restoring = false;
        }
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new HashMap<>();
        if (!text.getValue().isBlank()) params.put("q", List.of(text.getValue().strip()));
        if (team.getValue() != null) params.put("team", List.of(team.getValue().id().toString()));
        if (model.getValue() != null) params.put("model", List.of(model.getValue().id().toString()));
        if (type.getValue() != null) params.put("type", List.of(type.getValue().name()));
        if (!status.getValue().isEmpty()) {
            params.put("status", EnumSet.copyOf(status.getValue()).stream().map(Enum::name).toList());
        }
        if (assignee.getValue() != null) {
            params.put("assignee", List.of(assignee.getValue().id().equals(me) ? ME : assignee.getValue().id().toString()));
        }
        if (overdue.getValue()) params.put("overdue", List.of("true"));
        if (dueThisWeek.getValue()) params.put("dueThisWeek", List.of("true"));
        return new QueryParameters(params);
    }

    private Optional<Person> personByParameter(String value) {
        String wanted = ME.equals(value) ? me.toString() : value;
        return assignee.getListDataView().getItems().filter(person -> person.id().toString().equals(wanted)).findFirst();
    }
}
