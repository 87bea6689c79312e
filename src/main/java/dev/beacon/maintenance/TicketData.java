package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a ticket form edits. The status is not part of it: it changes only through the workflow
 * ({@link TicketService#move}).
 *
 * @param assigneeId who does the work; null while nobody does
 * @param modelId    the model the work is about; null for team-wide work
 */
public record TicketData(
        @NotNull(message = "Choose a type")
        TicketType type,
        @NotBlank(message = "Enter a title") @Size(max = MAX_TITLE, message = AT_MOST)
        String title,
        @Size(max = MAX_DESCRIPTION, message = AT_MOST)
        String description,
        @NotNull(message = "Choose a priority")
        TicketPriority priority,
        UserId assigneeId,
        LocalDate dueDate,
        @Size(max = MAX_LABELS, message = "Use at most {max} labels")
        List<@NotNull(message = "Leave out empty labels") @Pattern(regexp = LABEL,
                message = "Labels use 1–40 lowercase letters, digits, dots, dashes, colons or underscores") String> labels,
        ModelId modelId) {

    /* Length limits, in characters; the database's CHECK constraints allow the same. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_LABELS = 20;
    static final String LABEL = "^[a-z0-9][a-z0-9._:-]{0,39}$";
    static final String AT_MOST = "Use at most {max} characters";

    /** A normal-priority ticket with just a type and a title. */
    public static TicketData of(ModelId model, TicketType type, String title) {
        return new TicketData(type, title, "", TicketPriority.NORMAL, null, null, List.of(), model);
    }

    public TicketData withAssignee(UserId assignee) {
        return new TicketData(type, title, description, priority, assignee, dueDate, labels, modelId);
    }

    public TicketData withDueDate(LocalDate due) {
        return new TicketData(type, title, description, priority, assigneeId, due, labels, modelId);
    }

    public TicketData withPriority(TicketPriority newPriority) {
        return new TicketData(type, title, description, newPriority, assigneeId, dueDate, labels, modelId);
    }

    public TicketData withDescription(String text) {
        return new TicketData(type, title, text, priority, assigneeId, dueDate, labels, modelId);
    }

    public TicketData withLabels(List<String> newLabels) {
        return new TicketData(type, title, description, priority, assigneeId, dueDate, newLabels, modelId);
    }

    public TicketData withTitle(String newTitle) {
        return new TicketData(type, newTitle, description, priority, assigneeId, dueDate, labels, modelId);
    }

    /** Trimmed text with line breaks as "\n" whatever the browser or client sent; null becomes empty. */
    static String lines(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Trims text, unifies line breaks, trims and de-duplicates labels, so equal input is stored equally. */
    public TicketData normalized() {
        return new TicketData(type, title == null ? null : title.strip(), lines(description),
                priority, assigneeId, dueDate,
                labels == null ? List.of() : labels.stream().map(l -> l.strip().toLowerCase()).filter(l -> !l.isEmpty())
                        .distinct().toList(),
                modelId);
    }
}
