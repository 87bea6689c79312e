package dev.beacon.maintenance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketChange;
import dev.beacon.maintenance.TicketComment;
import dev.beacon.maintenance.TicketDetails;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as the API returns it. {@code version} must be sent back when changing it. {@code comments} and
 * {@code history} come only with a single ticket (GET /api/v1/tickets/{id}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TicketResource(UUID id, long number, String reference, int version, UUID teamId, String teamName,
                      UUID modelId, String modelName, TicketType type, String title, String description,
                      TicketPriority priority, TicketStatus status, UUID assigneeId, String assigneeName,
                      UUID reporterId, String reporterName, LocalDate dueDate,
                      @Schema(description = "Open, and the due date (UTC) has passed") boolean overdue,
                      List<String> labels, Instant createdAt, Instant updatedAt, Instant closedAt,
                      UUID alertRuleId, UUID scheduleId, String completedVersionLabel,
                      List<CommentResource> comments, List<ChangeResource> history) {

    record CommentResource(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {

        static CommentResource of(TicketComment comment) {
            return new CommentResource(comment.id(), comment.author() == null ? null : comment.author().value(),
                    comment.authorName(), comment.body(), comment.createdAt());
        }
    }

    @Schema(description = "One entry of the activity history; actorId is absent when Beacon itself acted")
    record ChangeResource(UUID actorId, String actorName, Instant at, String field, String oldValue, String newValue) {

        static ChangeResource of(TicketChange change) {
            return new ChangeResource(change.actor() == null ? null : change.actor().value(), change.actorName(),
                    change.at(), change.field(), change.oldValue(), change.newValue());
        }
    }

    static TicketResource of(Ticket ticket, Instant now) {
        return of(ticket, now, null, null);
    }

    static TicketResource of(TicketDetails details, Instant now) {
        return of(details.ticket(), now, details.comments().stream().map(CommentResource::of).toList(),
                details.changes().stream().map(ChangeResource::of).toList());
    }

    private static TicketResource of(Ticket ticket, Instant now, List<CommentResource> comments,
                                     List<ChangeResource> history) {
        var data = ticket.data();
        return new TicketResource(ticket.id().value(), ticket.number(), ticket.reference(), ticket.version(),
                ticket.team().value(), ticket.teamName(), ticket.model() == null ? null : ticket.model().value(),
                ticket.modelName(), data.type(), data.title(), data.description(), data.priority(), ticket.status(),
                ticket.assignee() == null ? null : ticket.assignee().value(), ticket.assigneeName(),
                ticket.reporter() == null ? null : ticket.reporter().value(), ticket.reporterName(), data.dueDate(),
                ticket.overdue(LocalDate.ofInstant(now, ZoneOffset.UTC)), data.labels(), ticket.createdAt(),
                ticket.updatedAt(), ticket.closedAt(), ticket.alertRule() == null ? null : ticket.alertRule().value(),
                ticket.schedule() == null ? null : ticket.schedule().value(), ticket.completedVersionLabel(),
                comments, history);
    }
}
