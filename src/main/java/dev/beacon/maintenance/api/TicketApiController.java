package dev.beacon.maintenance.api;

import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketId;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Tickets over HTTP, with the same team rules as the UI (enforced by {@link TicketService}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tickets", description = "Maintenance work on your teams' models: updates, retraining, security patches…")
class TicketApiController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final int MAX_PAGE_SIZE = 200;
    private static final String FILTERS = "Filters combine with AND; status may repeat (any of them); assignee is a "
            + "user id or 'me'; overdue and dueThisWeek keep open tickets only; q searches title, description, labels "
            + "and the number.";

    private final TicketService tickets;
    private final CurrentUser currentUser;
    private final Clock clock;

    TicketApiController(TicketService tickets, CurrentUser currentUser, Clock clock) {
        this.tickets = tickets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/tickets")
    @Operation(summary = "List the tickets of your teams (JSON, or CSV with Accept: text/csv)",
            description = FILTERS + " Open tickets come first, then the most urgent, the soonest due, the newest.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = TicketPageResource.class)),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) UUID team, @RequestParam(required = false) UUID model,
                           @RequestParam(required = false) TicketType type,
                           @RequestParam(required = false) List<TicketStatus> status,
                           @RequestParam(required = false) String assignee,
                           @RequestParam(defaultValue = "false") boolean overdue,
                           @RequestParam(defaultValue = "false") boolean dueThisWeek,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TicketFilter filter = filter(team, model, type, status, assignee, overdue, dueThisWeek, q);
        if (wantsCsv(accept)) {
            return csvOf(filter);
        }
        requirePage(page, size);
        int total = tickets.count(filter);
        List<TicketResource> items = tickets.find(filter, page * size, size).stream()
                .map(ticket -> TicketResource.of(ticket, clock.instant())).toList();
        return ResponseEntity.ok(new TicketPageResource(items, page, size, total, (total + size - 1) / size));
    }

    @GetMapping(value = "/tickets.csv", produces = "text/csv")
    @Operation(summary = "The filtered ticket list as CSV (header row, ISO-8601 UTC times)", description = FILTERS)
    ResponseEntity<String> csv(@RequestParam(required = false) UUID team, @RequestParam(required = false) UUID model,
                               @RequestParam(required = false) TicketType type,
                               @RequestParam(required = false) List<TicketStatus> status,
                               @RequestParam(required = false) String assignee,
                               @RequestParam(defaultValue = "false") boolean overdue,
                               @RequestParam(defaultValue = "false") boolean dueThisWeek,
                               @RequestParam(required = false) String q) {
        return csvOf(filter(team, model, type, status, assignee, overdue, dueThisWeek, q));
    }

    @PostMapping("/teams/{teamId}/tickets")
    @Operation(summary = "Open a ticket in one of your teams (needs the Editor role there); the assignee is notified")
    ResponseEntity<TicketResource> create(@PathVariable UUID teamId, @RequestBody TicketRequest request) {
        var created = tickets.create(new TeamId(teamId), request.toData());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + created.id()))
                .body(TicketResource.of(created, clock.instant()));
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "Get one ticket with its comments and its activity history (oldest first)")
    TicketResource get(@PathVariable UUID id) {
        return TicketResource.of(tickets.details(new TicketId(id)), clock.instant());
    }

    @PatchMapping("/tickets/{id}")
    @Operation(summary = "Change a ticket's fields, assignee and status in one step (needs the Editor role)",
            description = "Send only what changes plus 'version'; answers 409 if the ticket changed since you read it, "
                    + "400 naming the field for bad values or a move the workflow does not allow.")
    TicketResource update(@PathVariable UUID id,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                  schema = @Schema(implementation = TicketPatch.Body.class)))
                          @RequestBody JsonNode body) {
        TicketId ticket = new TicketId(id);
        TicketPatch patch = TicketPatch.read(body, tickets.get(ticket));
        return TicketResource.of(tickets.save(ticket, patch.version(), patch.data(), patch.status(), patch.versionLabel()),
                clock.instant());
    }

    @Schema(description = "A comment: 1–10,000 characters")
    record CommentRequest(String body) {
    }

    @PostMapping("/tickets/{id}/comments")
    @Operation(summary = "Comment on a ticket (needs the Editor role); the assignee and the reporter are notified")
    ResponseEntity<TicketResource.CommentResource> comment(@PathVariable UUID id, @RequestBody CommentRequest request) {
        var comment = tickets.comment(new TicketId(id), request.body());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id))
                .body(TicketResource.CommentResource.of(comment));
    }

    @DeleteMapping("/tickets/{id}")
    @Operation(summary = "Delete a ticket with its comments and history (needs the Owner role); 409 if it changed since 'version'")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        tickets.delete(new TicketId(id), version);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<String> csvOf(TicketFilter filter) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tickets.csv\"")
                .body(tickets.csv(filter));
    }

    private TicketFilter filter(UUID team, UUID model, TicketType type, List<TicketStatus> statuses, String assignee,
                                boolean overdue, boolean dueThisWeek, String q) {
        Set<TicketStatus> wanted = statuses == null || statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
        return new TicketFilter(team == null ? Set.of() : Set.of(new TeamId(team)),
                model == null ? null : new ModelId(model), type, wanted, assignee(assignee), overdue, dueThisWeek, q);
    }

    private UserId assignee(String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return null;
        }
        if (assignee.equalsIgnoreCase("me")) {
            return currentUser.id();
        }
        try {
            return UserId.of(assignee);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("assignee", "Use a user id or 'me'");
        }
    }

    /** CSV only when asked for by name, and not ranked below JSON: browsers and most clients send JSON or a wildcard. */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        double csv = quality(types, CSV);
        return csv > 0 && csv >= quality(types, MediaType.APPLICATION_JSON);
    }

    private static double quality(List<MediaType> accepted, MediaType wanted) {
        return accepted.stream()
                .filter(type -> !type.isWildcardSubtype() && type.isCompatibleWith(wanted))
                .mapToDouble(MediaType::getQualityValue)
                .max().orElse(0);
    }

    private static void requirePage(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "Use 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "Use 1 to " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "Use a page of at most " + Integer.MAX_VALUE / size + " for this size");
        }
    }
}
