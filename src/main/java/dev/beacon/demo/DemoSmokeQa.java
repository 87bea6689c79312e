package dev.beacon.demo;

import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.SuiteData;

import java.util.List;
import java.util.Map;

/**
 * The demo's evaluation suite "Smoke QA": twenty questions a healthy chat model gets right and the simulated fleet
 * knows (sums scored as numbers, capital cities scored as exact answers), which demo models it runs on and how
 * often. README's demo section tells the same story; keep them together.
 */
final class DemoSmokeQa {

    static final String NAME = "Smoke QA";
    /** The model whose answers drift (DemoFleetPlan.ACCURACY) and whose accuracy alert fires a few minutes into the demo. */
    static final String DRIFTING_MODEL = "mistral-7b-support-ft";

    static final SuiteData SUITE = new SuiteData(NAME,
            "Twenty quick questions every chat model should get right: sums and capital cities. If it fails these, users notice.",
            Scorer.ExactMatch.defaults());

    private static final String INSTRUCTION = "Answer with the number or the city name only.";

    private static final Map<String, String> SUMS = orderedMap(
            "What is 17 + 25?", "42", "What is 63 - 28?", "35", "What is 12 times 12?", "144", "What is 250 + 175?", "425",
            "What is 9 * 8?", "72", "What is 1000 - 1?", "999", "What is 46 + 37?", "83", "What is 15 times 4?", "60",
            "What is 81 - 19?", "62", "What is 7 + 6?", "13");

    private static final Map<String, String> CAPITALS = orderedMap(
            "Australia", "Canberra", "Canada", "Ottawa", "Turkey", "Ankara", "Brazil", "Brasília", "Switzerland", "Bern",
            "New Zealand", "Wellington", "Nigeria", "Abuja", "Morocco", "Rabat", "Vietnam", "Hanoi", "Kazakhstan", "Astana");

    /**
     * Minutes between runs per model. The drifting model runs every 5 minutes so that its accuracy series gets a point
     * every few minutes and its alert (a 10-minute window) fires within minutes of the drift; an hourly suite would
     * show the regression an hour late. The others run hourly, as a team would schedule a smoke test.
     */
    static final Map<String, Integer> EVERY_MINUTES = Map.of(
            "llama-3.1-70b-instruct", 60, "qwen2.5-coder-32b", 60,
            DRIFTING_MODEL, 5,
            "support-assistant", 60, "ticket-triage", 60);

    private DemoSmokeQa() {
    }

    static List<CaseData> cases() {
        var cases = new java.util.ArrayList<CaseData>();
        SUMS.forEach((question, answer) -> cases.add(new CaseData(messages(question), answer, new Scorer.NumberWithin(0),
                List.of("arithmetic"))));
        CAPITALS.forEach((country, capital) -> cases.add(new CaseData(messages("What is the capital of " + country + "?"),
                capital, null, List.of("geography"))));
        return cases;
    }

    private static List<ChatMessage> messages(String question) {
        return List.of(new ChatMessage("system", INSTRUCTION), ChatMessage.user(question));
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
