package dev.beacon.alerting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.security.TeamMember;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

/** Acknowledges a firing alert with a comment and, optionally, assigns it to a member of the team. */
class AcknowledgeDialog extends FormDialog {

    private final AlertResponseService responses;
    private final RuleOverview alert;
    private final Runnable onSaved;
    private final TextArea comment = new TextArea("Comment");
    private final ComboBox<TeamMember> assignee = new ComboBox<>("Assign to");

    AcknowledgeDialog(AlertResponseService responses, RuleOverview alert, Runnable onSaved) {
        super("Acknowledge alert", "Acknowledge");
        this.responses = responses;
        this.alert = alert;
        this.onSaved = onSaved;
        comment.setMaxLength(AlertResponseService.MAX_COMMENT);
        comment.setHelperText("Reminders stop until the alert changes severity or ends.");
        assignee.setItems(responses.assignees(alert.rule().model()));
        assignee.setItemLabelGenerator(member -> member.displayName() + " (" + member.username() + ")");
        assignee.setClearButtonVisible(true);
        assignee.setHelperText("They get a personal notification.");
        keepEnterIn(comment);
        errors.bind("comment", comment).bind("assignee", assignee);
        form.add(new com.vaadin.flow.component.html.Paragraph(alert.rule().data().summary()), comment, assignee);
    }

    void openDialog() {
        openFocused(comment);
    }

    @Override
    protected boolean save() {
        boolean ok = FormSubmission.succeeded(errors, () -> responses.acknowledge(alert.rule().id(), comment.getValue(),
                assignee.getValue() == null ? null : assignee.getValue().userId()));
        if (ok) {
            onSaved.run();
        }
        return ok;
    }
}
