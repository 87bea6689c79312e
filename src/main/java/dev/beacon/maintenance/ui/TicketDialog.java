package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.maintenance.ModelChoice;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens a ticket ("New ticket") or edits one ("Edit"): team (new tickets only), model (optional: none means work for
 * the whole team), type, title, description, priority, assignee among the team's EDITORs and OWNERs, due date and
 * labels. The service's verdict appears next to the fields; a lost race offers to reload.
 */
class TicketDialog extends FormDialog {

    private final TicketService tickets;
    private final TicketChoices choices;
    private final Ticket editing;
    private final Consumer<Ticket> onSaved;
    final ComboBox<TeamChoice> team = new ComboBox<>("Team");
    final ComboBox<ModelChoice> model = new ComboBox<>("Model");
    final Select<TicketType> type = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final Select<TicketPriority> priority = new Select<>();
    final ComboBox<Person> assignee = new ComboBox<>("Assignee");
    final DatePicker due = new DatePicker("Due date");
    final MultiSelectComboBox<String> labels = new MultiSelectComboBox<>("Labels");

    /**
     * @param editing the ticket to edit, or null for a new one
     * @param prefill the model a new ticket is about (from the model's Tickets tab), or null
     */
    TicketDialog(TicketService tickets, TicketChoices choices, Ticket editing, ModelId prefill, Consumer<Ticket> onSaved) {
        super(editing == null ? "New ticket" : "Edit " + editing.reference(), editing == null ? "Open ticket" : "Save changes");
        this.tickets = tickets;
        this.choices = choices;
        this.editing = editing;
        this.onSaved = onSaved;
        setWidth("min(40rem, 95vw)");
        configureFields();
        form.add(team, model, type, title, description, priority, assignee, due, labels);
        errors.bind("team", team).bind("model", model).bind("modelId", model).bind("type", type).bind("title", title)
                .bind("description", description).bind("priority", priority).bind("assignee", assignee)
                .bind("assigneeId", assignee).bind("dueDate", due).bind("due", due).bind("labels", labels);
        if (editing == null) {
            startNew(prefill);
        } else {
            read(editing);
        }
    }

    /** Opens with the focus in the first field the user still has to fill in. */
    void show() {
        openFocused(team.isReadOnly() || team.getValue() != null ? title : team);
    }

    private void configureFields() {
        team.setItems(choices.editableTeams());
        team.setItemLabelGenerator(TeamChoice::name);
        team.setRequiredIndicatorVisible(true);
        team.addValueChangeListener(event -> teamChosen(event.getValue() == null ? null : event.getValue().id()));
        model.setItemLabelGenerator(ModelChoice::name);
        model.setClearButtonVisible(true);
        model.setPlaceholder("None: work for the whole team");
        type.setLabel("Type");
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : value.label());
        type.setValue(TicketType.OTHER);
        title.setMaxLength(TicketData.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        description.setMaxLength(TicketData.MAX_DESCRIPTION);
        description.setMinHeight("6em");
        priority.setLabel("Priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(value -> value == null ? "" : value.label());
        priority.setValue(TicketPriority.NORMAL);
        assignee.setItemLabelGenerator(Person::name);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder("Unassigned");
        assignee.setHelperText("Team members with the Editor or Owner role");
        labels.setAllowCustomValue(true);
        labels.addCustomValueSetListener(event -> {
            LinkedHashSet<String> chosen = new LinkedHashSet<>(labels.getValue());
            chosen.add(event.getDetail().strip().toLowerCase());
            labels.setItems(new ArrayList<>(chosen));
            labels.setValue(chosen);
        });
        labels.setHelperText("Type a label and press Enter, e.g. cve or gpu");
        keepEnterIn(description, type, priority);
    }

    private void startNew(ModelId prefill) {
        Optional<TeamChoice> prefillTeam = prefill == null ? Optional.empty() : choices.teamOf(prefill);
        if (prefillTeam.isPresent()) {
            team.setValue(prefillTeam.get());
            model.getListDataView().getItems().filter(choice -> choice.id().equals(prefill)).findFirst().ifPresent(model::setValue);
        } else if (choices.editableTeams().size() == 1) {
            team.setValue(choices.editableTeams().getFirst());
        }
    }

    private void read(Ticket ticket) {
        TeamChoice own = new TeamChoice(ticket.team(), ticket.teamName());
        team.setItems(own);
        team.setValue(own);
        team.setReadOnly(true);
        TicketData data = ticket.data();
        model.getListDataView().getItems().filter(choice -> choice.id().equals(data.modelId())).findFirst().ifPresent(model::setValue);
        type.setValue(data.type());
        title.setValue(data.title());
        description.setValue(data.description() == null ? "" : data.description());
        priority.setValue(data.priority());
        assignee.getListDataView().getItems().filter(person -> person.id().equals(data.assigneeId())).findFirst().ifPresent(assignee::setValue);
        due.setValue(data.dueDate());
        labels.setItems(data.labels());
        labels.setValue(new LinkedHashSet<>(data.labels()));
    }

    private void teamChosen(TeamId chosen) {
        model.clear();
        assignee.clear();
        model.setItems(chosen == null ? List.of() : choices.models(chosen));
        assignee.setItems(chosen == null ? List.of() : choices.assignable(chosen));
    }

    private TicketData write() {
        return new TicketData(type.getValue(), title.getValue(), description.getValue(), priority.getValue(),
                Optional.ofNullable(assignee.getValue()).map(Person::id).orElse(null), due.getValue(),
                List.copyOf(labels.getValue()), Optional.ofNullable(model.getValue()).map(ModelChoice::id).orElse(null));
    }

    @Override
    protected boolean save() {
        if (editing == null && team.getValue() == null) {
            errors.show("team", "Choose the team that does the work");
            return false;
        }
        Ticket[] saved = new Ticket[1];
        boolean accepted = FormSubmission.succeeded(errors, () -> saved[0] = editing == null
                ? tickets.create(team.getValue().id(), write())
                : tickets.update(editing.id(), editing.version(), write()));
        if (accepted) {
            Notifications.success((editing == null ? "Opened " : "Saved ") + saved[0].reference());
            onSaved.accept(saved[0]);
        }
        return accepted;
    }
}
