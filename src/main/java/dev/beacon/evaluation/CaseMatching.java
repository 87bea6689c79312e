package dev.beacon.evaluation;

import dev.beacon.evaluation.Comparison.Change;
import dev.beacon.evaluation.internal.StoredResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds the same case in two runs: by its case id, then — for cases replaced since (a REPLACE import gives new ids) — by
 * its question. Marks regressions (passed before, not now) and lines two runs up for a comparison.
 */
final class CaseMatching {

    private CaseMatching() {
    }

    /** A case of run a and its match in run b; either side is null when the other run does not have it. */
    record Pair(StoredResult a, StoredResult b) {
    }

    /** The results, each marked regressed when the previous run's same case PASSED and this one did not. */
    static List<CaseResult> withRegressions(List<StoredResult> current, List<StoredResult> previous) {
        Map<StoredResult, StoredResult> before = new IdentityHashMap<>();
        pairs(current, previous).forEach(pair -> before.put(pair.a(), pair.b()));
        return current.stream().map(result -> {
            StoredResult earlier = before.get(result);
            boolean regressed = result.outcome() != Outcome.PASSED && earlier != null && earlier.outcome() == Outcome.PASSED;
            return new CaseResult(result.position(), result.caseId(), result.question(), result.expected(),
                    result.answer(), result.outcome(), result.score(), result.reason(), result.latencyMs(),
                    result.promptTokens(), result.completionTokens(), regressed);
        }).toList();
    }

    /** The cases of both runs side by side: regressed first, then improved, only in a, only in b, unchanged. */
    static List<ComparedCase> compare(List<StoredResult> a, List<StoredResult> b) {
        return pairs(a, b).stream()
                .sorted(Comparator.comparing((Pair pair) -> change(pair.a(), pair.b()))
                        .thenComparingInt(pair -> pair.a() != null ? pair.a().position() : pair.b().position()))
                .map(pair -> compared(pair.a(), pair.b()))
                .toList();
    }

    /** Every result of a with its match in b (or none), then b's unmatched results. */
    static List<Pair> pairs(List<StoredResult> a, List<StoredResult> b) {
        Map<StoredResult, StoredResult> matched = new IdentityHashMap<>();
        List<StoredResult> leftB = new ArrayList<>(b);
        match(a, leftB, matched, StoredResult::caseId);
        match(a, leftB, matched, StoredResult::question);
        List<Pair> pairs = new ArrayList<>();
        a.forEach(result -> pairs.add(new Pair(result, matched.get(result))));
        leftB.forEach(result -> pairs.add(new Pair(null, result)));
        return pairs;
    }

    private static void match(List<StoredResult> a, List<StoredResult> leftB, Map<StoredResult, StoredResult> matched,
                              Function<StoredResult, Object> key) {
        Map<Object, StoredResult> byKey = new LinkedHashMap<>();
        leftB.forEach(result -> {
            if (key.apply(result) != null) {
                byKey.putIfAbsent(key.apply(result), result);
            }
        });
        for (StoredResult result : a) {
            Object value = key.apply(result);
            if (matched.containsKey(result) || value == null) {
                continue;
            }
            StoredResult other = byKey.remove(value);
            if (other != null) {
                matched.put(result, other);
                leftB.removeIf(candidate -> candidate == other);
            }
        }
    }

    private static ComparedCase compared(StoredResult a, StoredResult b) {
        StoredResult any = Objects.requireNonNullElse(a, b);
        return new ComparedCase(any.caseId(), any.question(), any.expected(),
                a == null ? null : a.outcome(), a == null ? null : a.score(), a == null ? null : a.answer(),
                b == null ? null : b.outcome(), b == null ? null : b.score(), b == null ? null : b.answer(),
                change(a, b));
    }

    private static Change change(StoredResult a, StoredResult b) {
        if (b == null) {
            return Change.ONLY_A;
        }
        if (a == null) {
            return Change.ONLY_B;
        }
        boolean passedA = a.outcome() == Outcome.PASSED;
        boolean passedB = b.outcome() == Outcome.PASSED;
        if (passedA && !passedB) {
            return Change.REGRESSED;
        }
        return !passedA && passedB ? Change.IMPROVED : Change.SAME;
    }
}
