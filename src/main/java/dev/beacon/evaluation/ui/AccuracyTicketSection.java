package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.RunService;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.ui.TicketPageSection;

import java.util.List;

/**
 * The ticket page's "Accuracy" section for a done model update or retraining: per suite attached to the model, the
 * accuracy of its last completed run before the ticket was closed against the first one after, with a link to their
 * comparison case by case. Left out when the model has no such runs.
 */
@org.springframework.stereotype.Component
class AccuracyTicketSection implements TicketPageSection {

    /** Enough of the model's runs to reach back before a ticket closed a while ago. */
    private static final int READ_RUNS = 500;

    private final AttachmentService attachments;
    private final RunService runs;

    AccuracyTicketSection(AttachmentService attachments, RunService runs) {
        this.attachments = attachments;
        this.runs = runs;
    }

    @Override
    public String label() {
        return "Accuracy";
    }

    /** Right after the telemetry's Before/after (100). */
    @Override
    public int order() {
        return 110;
    }

    @Override
    public Component create(Ticket ticket) {
        if (ticket.model() == null || ticket.status() != TicketStatus.DONE || ticket.closedAt() == null
                || !ticket.data().type().changesModelVersion()) {
            return null;
        }
        RunHistory history = new RunHistory(runs.runsOfModel(ticket.model(), READ_RUNS));
        List<AccuracyBeforeAfter> rows = attachments.ofModel(ticket.model()).stream()
                .map(attachment -> AccuracyBeforeAfter.of(attachment.suiteName(), history, attachment.suite(), ticket.closedAt()))
                .filter(AccuracyBeforeAfter::hasAny)
                .toList();
        return rows.isEmpty() ? null : new AccuracyBeforeAfterTable(rows, ticket.closedAt());
    }
}
