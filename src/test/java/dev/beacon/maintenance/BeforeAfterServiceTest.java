package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.maintenance.BeforeAfterFigure.Verdict;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The figures before and after a ticket's completion, from telemetry ingested at controlled times around it. */
@IntegrationTest
class BeforeAfterServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;
    @Autowired
    BeforeAfterService beforeAfter;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount editor;
    Model model;

    @BeforeEach
    void aTeamWithAModel() {
        team = fixtures.team("before-after");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = fixtures.model(team, "updated");
    }

    @Test
    void compares_equal_windows_before_and_after_the_completion_with_the_change_in_words() {
        Ticket done = completedUpdate();
        Instant change = done.closedAt();
        // before: 1 s requests, TTFT 100 ms, 100 tokens each, one in ten failing, accuracy 0.8
        minutes(change, -110, -2, aggregate -> {
            for (int i = 0; i < 10; i++) {
                aggregate.addRequest(1_000 + i, 100.0, 300, 100, i == 0 ? "timeout" : null, 8192);
            }
            aggregate.addScore("accuracy", 0.8, 0);
        });
        // after: twice as fast, no errors, better accuracy, but a slower first token
        minutes(change, 1, 110, aggregate -> {
            for (int i = 0; i < 10; i++) {
                aggregate.addRequest(500 + i, 200.0, 300, 100, null, 8192);
            }
            aggregate.addScore("accuracy", 0.9, 0);
        });
        clock.advance(Duration.ofHours(2));

        BeforeAfter result = fixtures.as(editor, () -> beforeAfter.forTicket(done.id())).orElseThrow();

        assertThat(result.enoughData()).isTrue();
        assertThat(result.change()).isEqualTo(change);
        assertThat(result.window()).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(1));
        assertThat(result.figures()).extracting(BeforeAfterFigure::label).containsExactly("Latency p50", "Latency p95",
                "Time to first token p95", "Tokens/s (median request)", "Error rate", "Score accuracy");
        BeforeAfterFigure p95 = figure(result, "Latency p95");
        assertThat(p95.before()).isCloseTo(1_009, within(25.0));
        assertThat(p95.after()).isCloseTo(509, within(15.0));
        assertThat(p95.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(p95.describeChange()).startsWith("↓ 4").endsWith("% better");
        BeforeAfterFigure ttft = figure(result, "Time to first token p95");
        assertThat(ttft.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(ttft.describeChange()).startsWith("↑ ").endsWith("% worse");
        BeforeAfterFigure speed = figure(result, "Tokens/s (median request)");
        assertThat(speed.after()).isGreaterThan(speed.before());
        assertThat(speed.verdict()).isEqualTo(Verdict.BETTER);
        BeforeAfterFigure errors = figure(result, "Error rate");
        assertThat(errors.before()).isCloseTo(10.0, within(0.001));
        assertThat(errors.after()).isEqualTo(0.0);
        assertThat(errors.describeChange()).isEqualTo("↓ 100.0 % better");
        BeforeAfterFigure accuracy = figure(result, "Score accuracy");
        assertThat(accuracy.before()).isCloseTo(0.8, within(1e-9));
        assertThat(accuracy.after()).isCloseTo(0.9, within(1e-9));
        assertThat(accuracy.describeChange()).isEqualTo("↑ 12.5 % better");
    }

    @Test
    void within_the_first_hour_or_without_data_after_the_change_there_is_not_enough_data() {
        Ticket done = completedUpdate();
        minutes(done.closedAt(), -50, -2, aggregate -> aggregate.addRequest(800, 100.0, 10, 10, null, 8192));

        clock.advance(Duration.ofMinutes(59));
        BeforeAfter early = fixtures.as(editor, () -> beforeAfter.forTicket(done.id())).orElseThrow();
        clock.advance(Duration.ofMinutes(2));
        BeforeAfter quiet = fixtures.as(editor, () -> beforeAfter.forTicket(done.id())).orElseThrow();

        assertThat(early.enoughData()).isFalse();
        assertThat(early.figures()).isEmpty();
        assertThat(quiet.enoughData()).as("nothing was received after the change").isFalse();
    }

    @Test
    void open_and_team_wide_tickets_have_no_comparison_and_other_teams_do_not_find_one() {
        Ticket open = fixtures.as(editor, () -> tickets.create(team.id(), TicketData.of(model.id(), TicketType.MODEL_UPDATE, "Later")));
        Ticket teamWide = fixtures.as(editor, () -> tickets.create(team.id(), TicketData.of(null, TicketType.OTHER, "Team work")));
        Ticket doneTeamWide = fixtures.as(editor, () -> tickets.move(teamWide.id(), teamWide.version(), TicketStatus.DONE, null));
        Ticket done = completedUpdate();
        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);

        assertThat(fixtures.as(editor, () -> beforeAfter.forTicket(open.id()))).isEmpty();
        assertThat(fixtures.as(editor, () -> beforeAfter.forTicket(doneTeamWide.id()))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(stranger, () -> beforeAfter.forTicket(done.id()))).isInstanceOf(NotFoundException.class);
    }

    private Ticket completedUpdate() {
        Ticket ticket = fixtures.as(editor, () -> tickets.create(team.id(), TicketData.of(model.id(), TicketType.MODEL_UPDATE, "Upgrade")));
        return fixtures.as(editor, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.DONE, "v2-" + ticket.number()));
    }

    /** Fills every fourth whole minute from {@code from} to {@code to} minutes relative to the change's minute. */
    private void minutes(Instant change, int from, int to, Consumer<Aggregate> fill) {
        Instant base = change.truncatedTo(ChronoUnit.MINUTES);
        List<Instant> minutes = IntStream.rangeClosed(from, to).filter(offset -> (offset - from) % 4 == 0)
                .mapToObj(offset -> base.plus(Duration.ofMinutes(offset))).toList();
        TelemetryTestData.minutes(ingestion, rollups, model.id(), minutes, (minute, aggregate) -> fill.accept(aggregate));
    }

    private static BeforeAfterFigure figure(BeforeAfter result, String label) {
        return result.figures().stream().filter(figure -> figure.label().equals(label)).findFirst().orElseThrow();
    }
}
