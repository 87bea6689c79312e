package dev.beacon.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.TeamOverview;

import java.util.List;

/** Text search, entity type and team: what narrows the audit log. */
class AuditFilterBar extends FlexLayout {

    /** The kinds of entity the services record, as AuditSubject.type() names them. */
    static final List<String> ENTITY_TYPES = List.of("User", "Sign-in", "Team", "Membership", "Model", "API token");

    private final TextField text = new TextField("Search");
    private final Select<String> entityType = new Select<>();
    private final ComboBox<TeamOverview> team = new ComboBox<>("Team");

    AuditFilterBar(List<TeamOverview> teams, Runnable onChange) {
        text.setPlaceholder("Actor, entity or summary");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20em");

        entityType.setLabel("Entity type");
        entityType.setItems(ENTITY_TYPES);
        entityType.setEmptySelectionAllowed(true);
        entityType.setEmptySelectionCaption("All types");
        entityType.setItemLabelGenerator(type -> type == null ? "All types" : type);

        team.setItems(teams);
        team.setItemLabelGenerator(TeamOverview::name);
        team.setPlaceholder("All teams");
        team.setClearButtonVisible(true);

        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        add(text, entityType, team);
        text.addValueChangeListener(event -> onChange.run());
        entityType.addValueChangeListener(event -> onChange.run());
        team.addValueChangeListener(event -> onChange.run());
    }

    AuditFilter filter() {
        return new AuditFilter(team.getValue() == null ? null : team.getValue().id(), text.getValue(), entityType.getValue());
    }

    boolean isEmpty() {
        return text.getValue().isBlank() && entityType.getValue() == null && team.getValue() == null;
    }

    void clear() {
        text.clear();
        entityType.clear();
        team.clear();
    }
}
