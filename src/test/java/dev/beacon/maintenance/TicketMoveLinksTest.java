package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.Silence;
import dev.beacon.alerting.SilenceService;
import dev.beacon.dashboard.DashboardSubject;
import dev.beacon.dashboard.ModelDashboardService;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** What moving a ticket does elsewhere: the model's silence while in progress, its new version, its rules' review. */
@IntegrationTest
class TicketMoveLinksTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketSilenceService ticketSilences;
    @Autowired
    SilenceService silences;
    @Autowired
    ModelService models;
    @Autowired
    ModelDashboardService dashboards;
    @Autowired
    AlertRuleService rules;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount editor;
    Model model;

    @BeforeEach
    void aTeamWithAModel() {
        team = fixtures.team("links");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = fixtures.model(team, "linked");
    }

    @Test
    void an_update_in_progress_silences_its_model_named_after_the_ticket_and_completing_it_ends_the_silence() {
        Ticket ticket = open(TicketType.MODEL_UPDATE, "Upgrade vLLM");

        Ticket started = move(ticket, TicketStatus.IN_PROGRESS, null);

        Silence silence = runningSilenceOfModel().orElseThrow();
        assertThat(silence.data().reason()).isEqualTo("Ticket " + ticket.reference() + " in progress");
        assertThat(silence.data().endsAt()).isEqualTo(silence.data().startsAt().plus(TicketSilenceService.LONGEST));
        assertThat(fixtures.as(editor, () -> ticketSilences.status(ticket.id())).silencedUntil()).isEqualTo(silence.data().endsAt());

        clock.advance(Duration.ofMinutes(5));
        move(started, TicketStatus.DONE, "v2");

        assertThat(runningSilenceOfModel()).as("ended with the ticket").isEmpty();
        assertThat(fixtures.as(editor, () -> silences.silences(team.id()))).extracting(Silence::id).contains(silence.id());
    }

    @Test
    void moving_back_to_open_or_wont_do_ends_the_silence_too() {
        Ticket incident = move(open(TicketType.INCIDENT, "Latency spike"), TicketStatus.IN_PROGRESS, null);
        assertThat(runningSilenceOfModel()).isPresent();

        Ticket reopened = move(incident, TicketStatus.OPEN, null);
        assertThat(runningSilenceOfModel()).isEmpty();

        move(move(reopened, TicketStatus.IN_PROGRESS, null), TicketStatus.WONT_DO, null);
        assertThat(runningSilenceOfModel()).isEmpty();
    }

    @Test
    void an_audit_does_not_silence_by_default_and_a_ticket_may_choose_otherwise_while_in_progress() {
        Ticket audit = move(open(TicketType.SECURITY_AUDIT, "Quarterly audit"), TicketStatus.IN_PROGRESS, null);
        assertThat(runningSilenceOfModel()).isEmpty();
        assertThat(fixtures.as(editor, () -> ticketSilences.status(audit.id())).silenceWhileInProgress()).isFalse();

        TicketSilence chosen = fixtures.as(editor, () -> ticketSilences.choose(audit.id(), true));

        assertThat(chosen.silenceWhileInProgress()).isTrue();
        assertThat(chosen.silencedUntil()).isNotNull();
        assertThat(runningSilenceOfModel()).isPresent();
        fixtures.as(editor, () -> ticketSilences.choose(audit.id(), false));
        assertThat(runningSilenceOfModel()).isEmpty();
    }

    @Test
    void a_viewer_cannot_change_the_choice_and_another_team_does_not_find_the_ticket() {
        Ticket ticket = open(TicketType.INCIDENT, "Errors");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);

        assertThatThrownBy(() -> fixtures.as(viewer, () -> ticketSilences.choose(ticket.id(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> ticketSilences.status(ticket.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void completing_a_model_update_records_the_version_with_the_ticket_and_the_dashboard_marks_it() {
        Ticket ticket = move(open(TicketType.MODEL_UPDATE, "Upgrade to Llama 3.2"), TicketStatus.IN_PROGRESS, null);

        move(ticket, TicketStatus.DONE, "llama-3.2");

        assertThat(fixtures.as(editor, () -> models.get(model.id())).data().versionLabel()).isEqualTo("llama-3.2");
        ModelVersionChange change = fixtures.as(editor, () -> models.history(model.id())).getFirst();
        assertThat(change.versionLabel()).isEqualTo("llama-3.2");
        assertThat(change.previousLabel()).isEqualTo("v1");
        assertThat(change.changedBy()).isEqualTo(editor.username());
        assertThat(change.note()).isEqualTo("Ticket " + ticket.reference() + ": Upgrade to Llama 3.2");
        assertThat(change.ticketRef()).isEqualTo(ticket.reference());
        assertThat(change.ticketPath()).isEqualTo("tickets/" + ticket.id().value());
        DashboardSubject subject = fixtures.as(editor, () -> dashboards.subject(model.id()));
        assertThat(subject.versionChanges()).extracting(ModelVersionChange::versionLabel).containsExactly("llama-3.2");
    }

    @Test
    void completing_a_retraining_without_a_version_label_changes_nothing() {
        Ticket ticket = open(TicketType.RETRAINING, "Retrain on October data");

        assertThatThrownBy(() -> move(ticket, TicketStatus.DONE, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("versionLabel"));

        assertThat(fixtures.as(editor, () -> models.history(model.id()))).hasSize(1);
        assertThat(fixtures.as(editor, () -> tickets.get(ticket.id())).status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void completing_a_threshold_review_marks_every_rule_of_the_model_reviewed_by_the_completer() {
        AlertTestData alerts = new AlertTestData(context);
        Rule latency = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        Rule strict = alerts.rule(model, AlertTestData.latencyRule(1_000, 3_000, 60));
        Ticket review = open(TicketType.THRESHOLD_REVIEW, "Review thresholds");
        clock.advance(Duration.ofMinutes(1));

        Ticket done = move(review, TicketStatus.DONE, null);

        for (Rule rule : List.of(latency, strict)) {
            Rule reviewed = fixtures.as(editor, () -> rules.get(rule.id()));
            assertThat(reviewed.reviewedAt()).isCloseTo(done.closedAt(), within(1, ChronoUnit.SECONDS));
            assertThat(reviewed.reviewedBy()).isEqualTo(editor.username());
        }
    }

    private Ticket open(TicketType type, String title) {
        return fixtures.as(editor, () -> tickets.create(team.id(), TicketData.of(model.id(), type, title)));
    }

    private Ticket move(Ticket ticket, TicketStatus to, String versionLabel) {
        return fixtures.as(editor, () -> {
            Ticket current = tickets.get(ticket.id());
            return tickets.move(ticket.id(), current.version(), to, versionLabel);
        });
    }

    private Optional<Silence> runningSilenceOfModel() {
        return fixtures.as(editor, () -> silences.silences(team.id()).stream()
                .filter(silence -> model.id().equals(silence.data().model()) && silences.isRunning(silence))
                .findFirst());
    }
}
