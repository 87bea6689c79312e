package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.beacon.security.AuditEntry;
import dev.beacon.shared.ui.UserTime;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One audit entry in full, with the recorded field values before and after the change. */
class AuditEntryDialog extends Dialog {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    AuditEntryDialog(AuditEntry entry) {
        setHeaderTitle(SecurityBadges.humanized(entry.action()) + ": " + entry.entityType() + " " + entry.entityName());
        setWidth("min(52rem, 95vw)");

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        facts.addFormItem(new Span(UserTime.formatPrecise(entry.occurredAt())), "When");
        facts.addFormItem(new Span(entry.actorName()), "Who");
        if (entry.actorApiToken() != null) {
            // Token names need not be unique: the id tells two tokens of the same name apart.
            facts.addFormItem(new Span(entry.actorApiToken().toString()), "API token id");
        }
        facts.addFormItem(new Span(entry.teamName() == null ? "—" : entry.teamName()), "Team");
        facts.addFormItem(SecurityBadges.auditAction(entry.action()), "Action");
        Span summary = new Span(entry.summary());
        summary.getStyle().set("word-break", "break-word");
        facts.addFormItem(summary, "Summary");
        facts.setColspan(facts.getChildren().reduce((first, second) -> second).orElseThrow(), 2);
        add(facts);

        if (entry.before() == null && entry.after() == null) {
            add(new Paragraph("This entry records no field values."));
        } else {
            Div states = new Div(state("Before", entry.before()), state("After", entry.after()));
            states.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(16rem, 1fr))")
                    .set("gap", "var(--lumo-space-m)");
            add(states);
        }
        Button close = new Button("Close", event -> close());
        getFooter().add(close);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                close.focus();
            }
        });
    }

    private static Component state(String title, String json) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-s) 0");
        Pre content = new Pre(json == null ? "—" : pretty(json));
        content.addClassName("beacon-code");
        content.getElement().setAttribute("aria-label", title);
        return new Div(heading, content);
    }

    /** Indents the JSON; shows it as stored if it cannot be parsed. */
    static String pretty(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }
}
