package dev.beacon.evaluation;

import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.UserAccount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suites, cases and models for evaluation tests, made through the real services as the given user. Questions are
 * "What is N + N?" with the expected answer 2N, so a {@link ChatModelServer} can answer them right or wrong at will.
 */
final class EvalFixtures {

    private final TestFixtures fixtures;
    private final SuiteService suites;

    EvalFixtures(TestFixtures fixtures, SuiteService suites) {
        this.fixtures = fixtures;
        this.suites = suites;
    }

    /** A suite of {@code cases} arithmetic questions, scored by exact match. */
    Suite arithmetic(UserAccount editor, Team team, int cases) {
        Map<String, String> questions = new LinkedHashMap<>();
        for (int n = 1; n <= cases; n++) {
            questions.put(question(n), String.valueOf(2 * n));
        }
        return suite(editor, team, Scorer.ExactMatch.defaults(), questions);
    }

    /** A suite with these questions and expected answers, in this order. */
    Suite suite(UserAccount editor, Team team, Scorer scorer, Map<String, String> questions) {
        return fixtures.as(editor, () -> {
            Suite suite = suites.create(team.id(), new SuiteData(TestFixtures.unique("Suite"), "Made by a test", scorer));
            questions.forEach((question, expected) ->
                    suites.addCase(suite.id(), CaseData.prompt(question, expected, null, List.of())));
            return suites.suite(suite.id());
        });
    }

    /** A model of the team whose endpoint is the server. */
    Model model(Team team, ChatModelServer server) {
        return fixtures.registerAsAdmin(team, server.modelData(TestFixtures.unique("model")));
    }

    static String question(int n) {
        return "What is " + n + " + " + n + "?";
    }

    /** The right answer to {@link #question}, or null for another question. */
    static String rightAnswer(String question) {
        String[] words = question.split(" ");
        return words.length == 5 ? String.valueOf(2 * Integer.parseInt(words[2])) : null;
    }

    /** The number N of "What is N + N?". */
    static int number(String question) {
        return Integer.parseInt(question.split(" ")[2]);
    }
}
