package dev.beacon.alerting.api;

import dev.beacon.alerting.Acknowledgement;
import dev.beacon.alerting.AlertNotice;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.Severity;
import dev.beacon.alerting.SilenceService;
import dev.beacon.notification.Delivery;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Responding to alerts over HTTP: acknowledge and assign (EDITORs), silence one alert's rule for a while, and read every
 * notice a model's alerts sent or held back with each delivery attempt (VIEWERs).
 */
@RestController
@Tag(name = "Alert responses", description = "Acknowledge, assign and silence alerts; the notices they sent")
class AlertResponseApiController {

    private final AlertResponseService responses;
    private final SilenceService silences;

    AlertResponseApiController(AlertResponseService responses, SilenceService silences) {
        this.responses = responses;
        this.silences = silences;
    }

    @Schema(description = "An acknowledgement")
    record AckRequest(@Schema(description = "Up to 1,000 characters", example = "Restarting the GPU node") String comment,
                      @Schema(description = "A member of the model's team who works on it; they get a personal notice") UUID assignee) {
    }

    record AckResource(UUID rule, Severity severity, String comment, Instant at, String acknowledgedBy, UUID assignee,
                       String assigneeName) {

        static AckResource of(Acknowledgement ack) {
            return new AckResource(ack.rule().value(), ack.severity(), ack.comment(), ack.at(), ack.acknowledgedBy(),
                    ack.assignee() == null ? null : ack.assignee().value(), ack.assigneeName());
        }
    }

    @Schema(description = "Silences the rule from now on")
    record SilenceForRequest(@Schema(description = "1 to 43,200 minutes (30 days)", example = "60") int minutes,
                             @Schema(description = "Why; 1–500 characters") String reason) {
    }

    record NoticeResource(UUID rule, String ruleSummary, boolean reminder, AlertState state, Severity severity, Instant at,
                          @Schema(description = "null when muted") UUID notice,
                          @Schema(description = "Why nothing was sent, e.g. \"in maintenance window Patch night\"") String mutedBy,
                          List<Delivery> deliveries) {

        static NoticeResource of(AlertNotice notice) {
            return new NoticeResource(notice.rule().value(), notice.ruleSummary(), notice.reminder(), notice.state(),
                    notice.severity(), notice.at(), notice.notice() == null ? null : notice.notice().value(), notice.mutedBy(),
                    notice.deliveries());
        }
    }

    @PostMapping("/api/v1/alert-rules/{id}/acknowledgement")
    @Operation(summary = "Acknowledges the rule's active alert, optionally assigning it",
            description = "Reminders stop until the alert changes severity or ends. 400 when the alert is not active or the "
                    + "assignee is not a member of the team.")
    AckResource acknowledge(@PathVariable UUID id, @RequestBody AckRequest request) {
        return AckResource.of(responses.acknowledge(new RuleId(id), request.comment(),
                request.assignee() == null ? null : new UserId(request.assignee())));
    }

    @GetMapping("/api/v1/alert-rules/{id}/acknowledgement")
    @Operation(summary = "The acknowledgement of the rule's current alert; 404 when there is none")
    AckResource acknowledgement(@PathVariable UUID id) {
        return responses.acknowledgement(new RuleId(id)).map(AckResource::of)
                .orElseThrow(() -> new NotFoundException("Acknowledgement"));
    }

    @PostMapping("/api/v1/alert-rules/{id}/silence")
    @Operation(summary = "Silences the rule's notices from now for the given minutes; evaluation and history go on")
    SilenceApiController.SilenceResource silence(@PathVariable UUID id, @RequestBody SilenceForRequest request) {
        return SilenceApiController.SilenceResource.of(silences.silenceRule(new RuleId(id),
                Duration.ofMinutes(request.minutes()), request.reason()));
    }

    @GetMapping("/api/v1/models/{id}/alert-notices")
    @Operation(summary = "The notices the model's alerts sent or held back, newest first, with every delivery attempt")
    List<NoticeResource> notices(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return responses.notices(new ModelId(id), limit).stream().map(NoticeResource::of).toList();
    }
}
