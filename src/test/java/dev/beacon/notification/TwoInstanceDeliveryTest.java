package dev.beacon.notification;

import dev.beacon.ExtraInstance;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two more Beacon instances share the test database, both looking for due deliveries five times a second. Every
 * notice's first attempt fails, so its retry, due a second later, is up for grabs by both: each notice still reaches
 * the webhook exactly once more, and its delivery records exactly two attempts.
 */
@IntegrationTest
class TwoInstanceDeliveryTest {

    static final int NOTICES = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    ChannelService channels;
    @Autowired
    NotificationService notifications;

    @Test
    void two_instances_deliver_each_notice_to_a_channel_once() throws Exception {
        Team team = fixtures.team("instances");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            fixtures.as(owner, () -> channels.create(team.id(), ChannelData.webhook("Hook", receiver.url(), WebhookFormat.BEACON)));
            receiver.failNext(Collections.nCopies(NOTICES, 500).toArray(Integer[]::new));
            for (int i = 0; i < 2; i++) {
                instances.add(ExtraInstance.start(dataSource, "--beacon.notification.poll-interval=200ms",
                        "--beacon.notification.retry-delays=1s"));
            }

            List<NoticeId> sent = new ArrayList<>();
            for (int i = 0; i < NOTICES; i++) {
                NotificationService publisher = instances.get(i % 2).getBean(NotificationService.class);
                sent.add(publisher.notifyTeam(team.id(), Notice.of("test", Severity.INFO, "Notice " + i, "", null)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.received().size() >= 2 * NOTICES
                    && sent.stream().allMatch(id -> status(id) == DeliveryStatus.DELIVERED));
            Thread.sleep(1_000); // time for a second, wrong delivery to show up, were there one

            Map<String, Long> requestsPerNotice = receiver.received().stream()
                    .collect(Collectors.groupingBy(request -> JSON.readTree(request.body()).get("id").asString(), Collectors.counting()));
            assertThat(requestsPerNotice).hasSize(NOTICES).allSatisfy((notice, requests) -> assertThat(requests).isEqualTo(2));
            assertThat(sent).allSatisfy(id -> assertThat(fixtures.asAdmin(() -> notifications.deliveries(id))).singleElement()
                    .satisfies(delivery -> assertThat(delivery.attempts()).extracting(DeliveryAttempt::delivered).containsExactly(false, true)));
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }

    private DeliveryStatus status(NoticeId id) {
        try {
            return fixtures.asAdmin(() -> notifications.deliveries(id)).stream().map(Delivery::status).findFirst().orElse(null);
        } catch (dev.beacon.shared.NotFoundException notYet) {
            return null;
        }
    }
}
