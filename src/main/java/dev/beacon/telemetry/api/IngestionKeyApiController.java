package dev.beacon.telemetry.api;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.IssuedIngestionKey;
import dev.beacon.telemetry.NewIngestionKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team's ingestion keys over HTTP (personal API tokens), with the rules of {@link IngestionKeyService}. */
@RestController
@RequestMapping("/api/v1/teams/{teamId}/ingestion-keys")
@Tag(name = "Ingestion keys", description = "The keys your team's model servers and collectors send telemetry with")
class IngestionKeyApiController {

    @Schema(description = "A new ingestion key")
    record KeyRequest(
            @Schema(description = "1–80 characters, e.g. where the key is used", example = "gateway-eu")
            String name,
            @Schema(description = "Limit the key to this model of the team; leave out for all of the team's models")
            UUID modelId,
            @Schema(description = "When the key stops working (ISO-8601); leave out for never", example = "2027-06-30T00:00:00Z")
            Instant expiresAt) {
    }

    @Schema(description = "An ingestion key; the secret itself is never shown again after creation")
    record KeyResource(UUID id, String name,
                       @Schema(description = "The first characters of the secret", example = "bik_Ab3x…") String prefix,
                       @Schema(description = "The one model the key may write for; null for all of the team's models") UUID modelId,
                       String modelName, String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                       Instant revokedAt, @Schema(allowableValues = {"ACTIVE", "EXPIRED", "REVOKED"}) String status) {

        static KeyResource of(IngestionKey key, Instant now) {
            return new KeyResource(key.id(), key.name(), key.prefix(), key.model() == null ? null : key.model().value(),
                    key.modelName(), key.createdBy(), key.createdAt(), key.expiresAt(), key.lastUsedAt(), key.revokedAt(),
                    key.status(now).name());
        }
    }

    @Schema(description = "A key just created, with its secret: shown this once, stored only as a hash")
    record IssuedKeyResource(KeyResource key,
                             @Schema(description = "Send it as 'Authorization: Bearer <secret>' to the ingestion endpoints")
                             String secret) {
    }

    private final IngestionKeyService keys;
    private final Clock clock;

    IngestionKeyApiController(IngestionKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The team's ingestion keys, revoked ones included (any member); never their secrets")
    List<KeyResource> list(@PathVariable UUID teamId) {
        Instant now = clock.instant();
        return keys.keys(new TeamId(teamId)).stream().map(key -> KeyResource.of(key, now)).toList();
    }

    @GetMapping("/{keyId}")
    @Operation(summary = "One ingestion key of the team (any member); never its secret")
    KeyResource get(@PathVariable UUID teamId, @PathVariable UUID keyId) {
        return KeyResource.of(keys.key(new TeamId(teamId), keyId), clock.instant());
    }

    @PostMapping
    @Operation(summary = "Create an ingestion key (needs the Editor role); the answer holds its secret, the only time it is shown",
            description = "curl -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                    + "-d '{\"name\":\"gateway-eu\"}' https://beacon.example.org/api/v1/teams/$TEAM_ID/ingestion-keys")
    ResponseEntity<IssuedKeyResource> create(@PathVariable UUID teamId, @RequestBody KeyRequest request) {
        IssuedIngestionKey issued = keys.create(new TeamId(teamId), new NewIngestionKey(request.name(),
                request.modelId() == null ? null : new ModelId(request.modelId()), request.expiresAt()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(issued.key().id()).toUri();
        return ResponseEntity.created(location)
                .body(new IssuedKeyResource(KeyResource.of(issued.key(), clock.instant()), issued.secret()));
    }

    @DeleteMapping("/{keyId}")
    @Operation(summary = "Revoke an ingestion key at once (needs the Editor role); revoking it again changes nothing")
    ResponseEntity<Void> revoke(@PathVariable UUID teamId, @PathVariable UUID keyId) {
        keys.revoke(new TeamId(teamId), keyId);
        return ResponseEntity.noContent().build();
    }
}
