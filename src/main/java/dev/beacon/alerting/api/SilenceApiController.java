package dev.beacon.alerting.api;

import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.Silence;
import dev.beacon.alerting.SilenceData;
import dev.beacon.alerting.SilenceService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team's silences over HTTP, with the rules of {@link SilenceService}. */
@RestController
@Tag(name = "Silences", description = "Mute a team's alert notices for a model, a rule or a tag for a while")
class SilenceApiController {

    private final SilenceService silences;
    private final Clock clock;

    SilenceApiController(SilenceService silences, Clock clock) {
        this.silences = silences;
        this.clock = clock;
    }

    @Schema(description = "A silence: exactly one of model, rule and tag")
    record SilenceRequest(UUID model, UUID rule, @Schema(example = "gpu-a100") String tag,
                          @Schema(description = "Default: now") Instant startsAt, Instant endsAt,
                          @Schema(description = "1–500 characters") String reason) {
    }

    record SilenceResource(UUID id, UUID model, UUID rule, String tag, String matches, Instant startsAt, Instant endsAt,
                           String reason, String createdBy, Instant createdAt, Instant endedEarlyAt) {

        static SilenceResource of(Silence silence) {
            SilenceData data = silence.data();
            return new SilenceResource(silence.id(), data.model() == null ? null : data.model().value(),
                    data.rule() == null ? null : data.rule().value(), data.tag(), silence.matches(), data.startsAt(),
                    data.endsAt(), data.reason(), silence.createdBy(), silence.createdAt(), silence.endedEarlyAt());
        }
    }

    @GetMapping("/api/v1/teams/{teamId}/silences")
    @Operation(summary = "The team's active and upcoming silences and those that ended in the last 7 days")
    List<SilenceResource> list(@PathVariable UUID teamId) {
        return silences.silences(new TeamId(teamId)).stream().map(SilenceResource::of).toList();
    }

    @PostMapping("/api/v1/teams/{teamId}/silences")
    @Operation(summary = "Creates a silence (EDITOR); 400 names the wrong field")
    ResponseEntity<SilenceResource> create(@PathVariable UUID teamId, @RequestBody SilenceRequest request) {
        Silence created = silences.create(new TeamId(teamId), new SilenceData(
                request.model() == null ? null : new ModelId(request.model()),
                request.rule() == null ? null : new RuleId(request.rule()), request.tag(),
                request.startsAt() == null ? clock.instant() : request.startsAt(), request.endsAt(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/teams/" + teamId + "/silences")).body(SilenceResource.of(created));
    }

    @PostMapping("/api/v1/silences/{id}/end")
    @Operation(summary = "Ends the silence now (EDITOR)")
    SilenceResource end(@PathVariable UUID id) {
        return SilenceResource.of(silences.endEarly(id));
    }
}
