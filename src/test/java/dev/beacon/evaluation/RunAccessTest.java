package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Team rules of runs and attachments: other teams see nothing (not found), VIEWERs read but do not start or change. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunAccessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RunService runs;
    @Autowired
    RunCompareService comparisons;

    ChatModelServer server;
    UserAccount editor;
    UserAccount viewer;
    UserAccount outsider;
    Model model;
    Model foreignModel;
    Suite suite;
    Attachment attachment;
    Run run;

    @BeforeAll
    void aTeamWithARun() {
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        server = ChatModelServer.start().answering(EvalFixtures::rightAnswer);
        Team team = fixtures.team("run-access");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        model = eval.model(team, server);
        foreignModel = eval.model(fixtures.team("foreign"), server);
        suite = eval.arithmetic(editor, team, 2);
        attachment = fixtures.as(editor, () -> attachments.attach(suite.id(), AttachmentData.defaults(model.id())));
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.as(editor, () -> runs.run(started.id())).status().finished());
        run = fixtures.as(editor, () -> runs.run(started.id()));
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void another_team_s_member_finds_neither_runs_nor_attachments() {
        fixtures.as(outsider, () -> {
            assertThatThrownBy(() -> runs.details(run.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runs.progress(run.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runs.onProgress(run.id(), progress -> { })).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runs.cancel(run.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runs.runNow(suite.id(), model.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runs.runsOfModel(model.id(), 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runs.runsOfSuite(suite.id(), 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comparisons.compare(run.id(), run.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comparisons.startComparison(suite.id(), model.id(), model.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.ofSuite(suite.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.ofModel(model.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.get(attachment.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.detach(attachment.id())).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void a_viewer_reads_runs_but_neither_starts_nor_cancels_nor_attaches() {
        fixtures.as(viewer, () -> {
            assertThat(runs.details(run.id()).results()).hasSize(2);
            assertThat(runs.runsOfModel(model.id(), 10)).extracting(Run::id).contains(run.id());
            assertThat(runs.runsOfSuite(suite.id(), 10)).extracting(Run::id).containsExactly(run.id());
            assertThat(attachments.ofModel(model.id())).extracting(Attachment::id).containsExactly(attachment.id());
            assertThatThrownBy(() -> runs.runNow(suite.id(), model.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.cancel(run.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.detach(attachment.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.update(attachment.id(), attachment.data(), attachment.version()))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_suite_runs_only_on_models_of_its_own_team() {
        fixtures.as(editor, () -> {
            assertThatThrownBy(() -> runs.runNow(suite.id(), foreignModel.id()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("modelId"));
            assertThatThrownBy(() -> attachments.attach(suite.id(), AttachmentData.defaults(foreignModel.id())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("modelId"));
            assertThatThrownBy(() -> comparisons.startComparison(suite.id(), model.id(), foreignModel.id()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("b"));
        });
        assertThat(server.requests()).hasSize(2);
    }
}
