package dev.beacon.maintenance.api;

import dev.beacon.maintenance.BeforeAfter;
import dev.beacon.maintenance.BeforeAfterFigure;
import dev.beacon.maintenance.BeforeAfterService;
import dev.beacon.maintenance.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A done ticket's before/after comparison over HTTP, with the rules of {@link BeforeAfterService}. */
@RestController
@Tag(name = "Tickets")
class BeforeAfterApiController {

    private final BeforeAfterService beforeAfter;

    BeforeAfterApiController(BeforeAfterService beforeAfter) {
        this.beforeAfter = beforeAfter;
    }

    @Schema(description = "The model's figures over equal windows before and after the ticket was done; with less than an "
            + "hour of data after it enoughData is false and figures empty")
    record BeforeAfterResource(Instant changedAt, long windowSeconds, boolean enoughData, String message,
                               List<FigureResource> figures) {
    }

    @Schema(description = "changePercent is (after − before) / before; verdict BETTER, WORSE, SAME or UNKNOWN")
    record FigureResource(String label, String unit, Double before, Double after, Double changePercent,
                          boolean lowerIsBetter, BeforeAfterFigure.Verdict verdict, String change) {

        static FigureResource of(BeforeAfterFigure figure) {
            return new FigureResource(figure.label(), figure.unit(), figure.before(), figure.after(), figure.changePercent(),
                    figure.lowerIsBetter(), figure.verdict(), figure.describeChange());
        }
    }

    @GetMapping("/api/v1/tickets/{id}/before-after")
    @Operation(summary = "Before/after figures of a done ticket's model; 404 for tickets that are not done or have no model")
    ResponseEntity<BeforeAfterResource> get(@PathVariable UUID id) {
        return beforeAfter.forTicket(new TicketId(id))
                .map(BeforeAfterApiController::resource)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    private static BeforeAfterResource resource(BeforeAfter result) {
        return new BeforeAfterResource(result.change(), result.window().toSeconds(), result.enoughData(),
                result.enoughData() ? null : BeforeAfter.NOT_ENOUGH_DATA,
                result.figures().stream().map(FigureResource::of).toList());
    }
}
