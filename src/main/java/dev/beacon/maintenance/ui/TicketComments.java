package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.beacon.maintenance.TicketComment;
import dev.beacon.maintenance.TicketDetails;
import dev.beacon.maintenance.TicketService;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ui.FieldErrors;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.UserTime;

/** The ticket's comments, oldest first so the conversation reads down, and a box to add one (EDITORs and OWNERs). */
class TicketComments extends Section {

    TicketComments(TicketService tickets, TicketDetails details, Runnable onChange) {
        addClassName("ticket-comments");
        add(new H3("Comments"));
        if (details.comments().isEmpty()) {
            add(new Paragraph("No comments yet."));
        }
        details.comments().forEach(comment -> add(comment(comment)));
        if (!details.myRole().includes(TeamRole.EDITOR)) {
            return;
        }
        TextArea body = new TextArea("Add a comment");
        body.setWidthFull();
        body.setMaxLength(TicketComment.MAX_BODY);
        FieldErrors errors = new FieldErrors().bind("body", body).bind("comment", body);
        Button send = new Button("Comment", event -> {
            if (FormSubmission.succeeded(errors, () -> tickets.comment(details.ticket().id(), body.getValue()))) {
                onChange.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(event -> send.setEnabled(true));
        add(body, send);
    }

    private static Div comment(TicketComment comment) {
        Span who = new Span(comment.authorName());
        who.addClassName("ticket-comment-author");
        Span when = new Span(UserTime.format(comment.createdAt()));
        when.addClassName("ticket-comment-time");
        when.getElement().setAttribute("title", UserTime.formatPrecise(comment.createdAt()));
        Paragraph text = new Paragraph(comment.body());
        text.addClassName("ticket-comment-body");
        Div shown = new Div(new Div(who, new Span(" · "), when), text);
        shown.addClassName("ticket-comment");
        return shown;
    }
}
