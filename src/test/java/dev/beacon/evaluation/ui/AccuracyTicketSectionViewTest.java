package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.Run;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket page's Accuracy section: a done model update shows each suite's accuracy before and after it. */
class AccuracyTicketSectionViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AttachmentService attachments;
    @Autowired
    TicketService tickets;
    @Autowired
    MutableClock clock;

    RunScene scene;

    @BeforeEach
    void aModelWithAnAttachedSuite() {
        scene = new RunScene(context);
        fixtures.as(scene.editor, () -> attachments.attach(scene.suite.id(), AttachmentData.defaults(scene.model.id())));
    }

    @AfterEach
    void stopServer() {
        scene.close();
    }

    @Test
    void a_done_model_update_shows_the_accuracy_before_and_after_and_links_to_the_comparison() {
        scene.answersWrong(RunScene.question(0));
        scene.finishedRun();
        scene.answersWrong(RunScene.question(0), RunScene.question(1));
        Run before = scene.finishedRun();
        Ticket ticket = done(opened(TicketType.MODEL_UPDATE), "v2");
        scene.answersRight();
        Run after = scene.finishedRun();

        open(ticket);

        AccuracyBeforeAfterTable section = find(AccuracyBeforeAfterTable.class).single();
        var rows = test(find(Grid.class, section).single());
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 0)).isEqualTo(scene.suite.data().name());
        assertThat(rows.getCellComponent(0, 1).getElement().getTextRecursively()).startsWith("60.0 %").contains("v1");
        assertThat(rows.getCellComponent(0, 2).getElement().getTextRecursively()).startsWith("100.0 %").contains("v2");
        assertThat(rows.getCellComponent(0, 3).getElement().getTextRecursively()).isEqualTo("+40 points better");
        assertThat(((Anchor) rows.getCellComponent(0, 4)).getHref())
                .isEqualTo("evaluations/compare?a=" + before.id() + "&b=" + after.id());
    }

    @Test
    void a_done_update_without_a_run_since_says_so_and_other_tickets_get_no_section() {
        scene.finishedRun();
        Ticket update = done(opened(TicketType.RETRAINING), "v2-retrained");
        Ticket patch = done(opened(TicketType.SECURITY_PATCH), null);
        Ticket open = opened(TicketType.MODEL_UPDATE);

        open(update);
        var rows = test(find(Grid.class, find(AccuracyBeforeAfterTable.class).single()).single());
        assertThat(rows.getCellComponent(0, 2).getElement().getTextRecursively()).isEqualTo("No completed run yet");

        for (Ticket other : new Ticket[] {patch, open}) {
            UI.getCurrent().navigate("tickets/" + other.id());
            assertThat(find(AccuracyBeforeAfterTable.class).exists()).isFalse();
        }
    }

    private Ticket opened(TicketType type) {
        return fixtures.as(scene.editor, () -> tickets.create(scene.team.id(),
                TicketData.of(scene.model.id(), type, TestFixtures.unique("Change"))));
    }

    /** Closes the ticket a minute after the last run, and lets a minute pass before anything runs again. */
    private Ticket done(Ticket ticket, String versionLabel) {
        clock.advance(Duration.ofMinutes(1));
        Ticket closed = fixtures.as(scene.editor, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.DONE,
                ticket.data().type().changesModelVersion() ? versionLabel : null));
        clock.advance(Duration.ofMinutes(1));
        return closed;
    }

    private void open(Ticket ticket) {
        signIn(scene.viewer);
        UI.getCurrent().navigate("tickets/" + ticket.id());
    }
}
