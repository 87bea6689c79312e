package dev.beacon.notification.api;

import dev.beacon.notification.Channel;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelId;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.CreatedChannel;
import dev.beacon.notification.MinimumSeverity;
import dev.beacon.notification.WebhookFormat;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A team's notification channels over HTTP (personal API tokens), with the rules of {@link ChannelService}. */
@RestController
@RequestMapping("/api/v1/teams/{teamId}/notification-channels")
@Tag(name = "Notification channels", description = "Where Beacon tells a team about alerts and tickets")
class ChannelApiController {

    @Schema(description = "A channel's settings")
    record ChannelRequest(
            @Schema(description = "1–80 characters, unique in the team", example = "On-call webhook") String name,
            @Schema(description = "EMAIL, WEBHOOK or IN_APP") ChannelType type,
            @Schema(description = "Whether notices go through it; default true") Boolean enabled,
            @Schema(description = "EMAIL and IN_APP: the members who get it; empty for every member") List<UUID> recipients,
            @Schema(description = "EMAIL: further addresses") List<String> addresses,
            @Schema(description = "WEBHOOK: where Beacon posts", example = "https://hooks.example.org/beacon") String webhookUrl,
            @Schema(description = "WEBHOOK: BEACON (default) or SLACK") WebhookFormat webhookFormat,
            @Schema(description = "Routing: the least severe notices it takes — EVERYTHING (default), WARNING (warning and "
                    + "critical) or CRITICAL; a RESOLVED notice is routed as the alert it ends") MinimumSeverity minSeverity,
            @Schema(description = "Routing: only notices about models carrying one of these tags; empty or absent for every "
                    + "model", example = "[\"gpu\", \"prod\"]") List<String> modelTags,
            @Schema(description = "For a change: the version you read (optimistic locking)") Integer version) {

        ChannelData data() {
            return new ChannelData(name, type, enabled == null || enabled,
                    recipients == null ? List.of() : recipients.stream().map(UserId::new).toList(), addresses, webhookUrl,
                    webhookFormat, minSeverity, modelTags);
        }
    }

    @Schema(description = "A notification channel; a webhook's secret is only in the answer that created it")
    record ChannelResource(UUID id, int version, String name, ChannelType type, boolean enabled, List<UUID> recipients,
                           List<String> addresses, String webhookUrl, WebhookFormat webhookFormat,
                           MinimumSeverity minSeverity, List<String> modelTags, Instant createdAt,
                           Instant updatedAt,
                           @Schema(description = "Only when just created (or just turned into a webhook): signs every request "
                                   + "as X-Beacon-Signature: sha256=<hex HMAC-SHA256 of the body>") String secret) {

        static ChannelResource of(Channel channel, String secret) {
            var data = channel.data();
            return new ChannelResource(channel.id().value(), channel.version(), data.name(), data.type(), data.enabled(),
                    data.recipients().stream().map(UserId::value).toList(), data.addresses(), data.webhookUrl(),
                    data.webhookFormat(), data.minSeverity(), data.modelTags(), channel.createdAt(), channel.updatedAt(), secret);
        }
    }

    private final ChannelService channels;

    ChannelApiController(ChannelService channels) {
        this.channels = channels;
    }

    @GetMapping
    @Operation(summary = "The team's notification channels (any member)")
    List<ChannelResource> list(@PathVariable UUID teamId) {
        return channels.channels(new TeamId(teamId)).stream().map(channel -> ChannelResource.of(channel, null)).toList();
    }

    @GetMapping("/{channelId}")
    @Operation(summary = "One notification channel of the team (any member)")
    ChannelResource get(@PathVariable UUID teamId, @PathVariable UUID channelId) {
        return ChannelResource.of(channels.channel(new TeamId(teamId), new ChannelId(channelId)), null);
    }

    @PostMapping
    @Operation(summary = "Add a channel (needs the Owner role); a webhook's signing secret is in the answer, the only time it is shown")
    ResponseEntity<ChannelResource> create(@PathVariable UUID teamId, @RequestBody ChannelRequest request) {
        CreatedChannel created = channels.create(new TeamId(teamId), request.data());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.channel().id()).toUri();
        return ResponseEntity.created(location).body(ChannelResource.of(created.channel(), created.secret()));
    }

    @PutMapping("/{channelId}")
    @Operation(summary = "Change a channel (needs the Owner role); send the version you read, 409 when it changed since")
    ChannelResource update(@PathVariable UUID teamId, @PathVariable UUID channelId, @RequestBody ChannelRequest request) {
        if (request.version() == null) {
            throw new dev.beacon.shared.InvalidInputException("version", "Send the version of the channel you read");
        }
        CreatedChannel saved = channels.update(new TeamId(teamId), new ChannelId(channelId), request.version(), request.data());
        return ChannelResource.of(saved.channel(), saved.secret());
    }

    @DeleteMapping("/{channelId}")
    @Operation(summary = "Delete a channel (needs the Owner role)")
    ResponseEntity<Void> delete(@PathVariable UUID teamId, @PathVariable UUID channelId) {
        channels.delete(new TeamId(teamId), new ChannelId(channelId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{channelId}/test")
    @Operation(summary = "Send a test notification through the channel (needs the Owner role)")
    ResponseEntity<Map<String, String>> test(@PathVariable UUID teamId, @PathVariable UUID channelId) {
        var notice = channels.sendTest(new TeamId(teamId), new ChannelId(channelId));
        return ResponseEntity.accepted().body(Map.of("noticeId", notice.toString()));
    }
}
