package dev.beacon.evaluation.ui;

import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatModelServer;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;

/**
 * A team with an editor and a viewer, a model served by a {@link ChatModelServer}, and a suite of capital-city
 * questions; runs go through the real {@link RunService} (in the background) and are awaited until they end.
 */
final class RunScene implements AutoCloseable {

    /** The suite's questions and their right answers, in case order. */
    static final Map<String, String> CAPITALS = capitals();

    final TestFixtures fixtures;
    final SuiteService suites;
    final RunService runs;
    final ModelService models;
    final ChatModelServer server = ChatModelServer.start();
    final Team team;
    final UserAccount editor;
    final UserAccount viewer;
    final Model model;
    final Suite suite;

    RunScene(ApplicationContext context) {
        fixtures = context.getBean(TestFixtures.class);
        suites = context.getBean(SuiteService.class);
        runs = context.getBean(RunService.class);
        models = context.getBean(ModelService.class);
        team = fixtures.team("evaluations");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.registerAsAdmin(team, server.modelData(TestFixtures.unique("capitals-model")));
        suite = fixtures.as(editor, () -> suites.create(team.id(),
                new SuiteData(TestFixtures.unique("Capitals"), "Capital cities", Scorer.ExactMatch.defaults())));
        CAPITALS.forEach((question, answer) -> fixtures.as(editor, () -> suites.addCase(suite.id(),
                CaseData.prompt(question, answer, null, List.of()))));
        answersRight();
    }

    /** The model answers every question right. */
    void answersRight() {
        server.answering(question -> CAPITALS.getOrDefault(question, "I do not know"));
    }

    /** The model answers these questions wrong (with "Lyon"), the others right. */
    void answersWrong(String... questions) {
        List<String> wrong = List.of(questions);
        server.answering(question -> wrong.contains(question) ? "Lyon" : CAPITALS.getOrDefault(question, "I do not know"));
    }

    void answering(Function<String, String> answers) {
        server.answering(answers);
    }

    /** Puts a new version of the model into service, as an editor would after an update. */
    void newVersion(String label) {
        fixtures.as(editor, () -> {
            Model current = models.get(model.id());
            return models.update(model.id(), current.version(), RecordCopy.with(current.data(), "versionLabel", label), "Updated");
        });
    }

    /** Runs the suite on the model now, as the editor, and waits until the run has ended. */
    Run finishedRun() {
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        return awaitEnd(started);
    }

    Run awaitEnd(Run started) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> fixtures.as(editor, () -> runs.details(started.id())).run(), run -> run.status().finished());
    }

    static String question(int index) {
        return List.copyOf(CAPITALS.keySet()).get(index);
    }

    private static Map<String, String> capitals() {
        Map<String, String> capitals = new LinkedHashMap<>();
        capitals.put("What is the capital of France?", "Paris");
        capitals.put("What is the capital of Germany?", "Berlin");
        capitals.put("What is the capital of Italy?", "Rome");
        capitals.put("What is the capital of Spain?", "Madrid");
        capitals.put("What is the capital of Portugal?", "Lisbon");
        return capitals;
    }

    @Override
    public void close() {
        server.close();
    }

    /** A second model of the scene's team, with a server of its own, for comparisons of two models. */
    static final class OtherModel implements AutoCloseable {

        private final RunScene scene;
        final ChatModelServer server = ChatModelServer.start();
        final Model model;

        OtherModel(RunScene scene) {
            this.scene = scene;
            model = scene.fixtures.registerAsAdmin(scene.team, server.modelData(TestFixtures.unique("other-model")));
        }

        /** Runs the scene's suite on this model, answering as the function says, and waits until the run has ended. */
        Run finishedRun(Function<String, String> answers) {
            server.answering(answers);
            Run started = scene.fixtures.as(scene.editor, () -> scene.runs.runNow(scene.suite.id(), model.id()));
            return scene.awaitEnd(started);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
