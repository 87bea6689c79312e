package dev.beacon.notification;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** A channel takes only the notices its routing asks for: a minimum severity and, optionally, model tags. */
@IntegrationTest
class NotificationRoutingTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    ChannelService channels;

    Team team;
    UserAccount owner;

    @BeforeEach
    void aTeamWithThreeDifferentlyRoutedChannels() {
        team = fixtures.team("routing");
        owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        channel(ChannelData.inApp("Everything", List.of()));
        channel(ChannelData.inApp("Critical", List.of()).routed(MinimumSeverity.CRITICAL, List.of()));
        channel(ChannelData.inApp("GPU warnings", List.of()).routed(MinimumSeverity.WARNING, List.of("gpu", "prod")));
    }

    @Test
    void a_warning_about_an_untagged_model_reaches_only_the_channel_for_everything_and_the_others_say_why_not() {
        NoticeId warning = notifications.notifyTeam(team.id(), alert(Severity.WARNING).routing(Severity.WARNING, Set.of("cpu")));

        Map<String, Delivery> deliveries = awaitDeliveries(warning);
        assertThat(deliveries.get("Everything").status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(deliveries.get("Critical").status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(deliveries.get("Critical").detail()).isEqualTo("Not routed here: the channel takes critical only");
        assertThat(deliveries.get("GPU warnings").status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(deliveries.get("GPU warnings").detail()).contains("models tagged gpu or prod");
    }

    @Test
    void the_resolved_notice_of_a_critical_alert_on_a_gpu_model_goes_where_its_firing_went() {
        NoticeId firing = notifications.notifyTeam(team.id(), alert(Severity.CRITICAL).routing(Severity.CRITICAL, Set.of("gpu")));
        NoticeId resolved = notifications.notifyTeam(team.id(), alert(Severity.RESOLVED).routing(Severity.CRITICAL, Set.of("gpu")));

        for (NoticeId notice : List.of(firing, resolved)) {
            assertThat(awaitDeliveries(notice).values()).extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
        }
    }

    @Test
    void a_notice_without_routing_facts_reaches_every_channel_as_before() {
        NoticeId plain = notifications.notifyTeam(team.id(), alert(Severity.INFO));

        assertThat(awaitDeliveries(plain)).hasSize(3).allSatisfy((name, delivery) ->
                assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED));
    }

    @Test
    void a_channel_keeps_its_routing_and_refuses_a_tag_the_registry_would_not_accept_naming_the_field() {
        Channel saved = fixtures.as(owner, () -> channels.channels(team.id())).stream()
                .filter(channel -> channel.name().equals("GPU warnings")).findFirst().orElseThrow();
        assertThat(saved.data().minSeverity()).isEqualTo(MinimumSeverity.WARNING);
        assertThat(saved.data().modelTags()).containsExactly("gpu", "prod");

        var refused = catchThrowableOfType(InvalidInputException.class, () ->
                channel(ChannelData.inApp("Bad tags", List.of()).routed(MinimumSeverity.EVERYTHING, List.of("GPU nodes!"))));
        assertThat(refused.field()).isEqualTo("modelTags");
    }

    private void channel(ChannelData data) {
        fixtures.as(owner, () -> channels.create(team.id(), data));
    }

    private static Notice alert(Severity severity) {
        return Notice.of("alert", severity, TestFixtures.unique("p95 latency"), "", "models/42");
    }

    /** The notice's deliveries by channel name, once none is waiting any more. */
    private Map<String, Delivery> awaitDeliveries(NoticeId notice) {
        return await().atMost(Duration.ofSeconds(20)).ignoreException(NotFoundException.class)
                .until(() -> fixtures.asAdmin(() -> notifications.deliveries(notice)),
                        list -> list.size() == 3 && list.stream().noneMatch(delivery -> delivery.status() == DeliveryStatus.PENDING
                                || delivery.status() == DeliveryStatus.SENDING))
                .stream().collect(Collectors.toMap(Delivery::target, delivery -> delivery));
    }
}
