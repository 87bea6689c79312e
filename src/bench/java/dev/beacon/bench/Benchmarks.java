package dev.beacon.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entry point of bench/run: runs every benchmark in order against a real Beacon on a temporary, durable
 * embedded PostgreSQL, then prints the figures, one {@code name: value} line each. Benchmarks are not tests:
 * they measure, they do not assert (see docs/design-decisions/0016-benchmarks.md).
 */
public final class Benchmarks {

    /** In the order they run; the figures are printed in this order too. */
    static final List<Benchmark> ALL = List.of(new IngestBenchmark(), new QueryBenchmark(), new HeapBenchmark(),
            new AlertingBenchmark(), new EvaluationBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) {
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work")).toAbsolutePath();
        Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        Results results = new Results();
        boolean failed = false;
        try (Profile profile = Profile.start(System.getProperty("bench.jfr", ""));
             BenchContext context = new BenchContext(work, results)) {
            context.detail("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + Load.describe());
            for (Benchmark benchmark : ALL) {
                if (!only.isEmpty() && !only.contains(benchmark.name())) {
                    continue;
                }
                long start = System.nanoTime();
                context.detail("");
                context.detail("== " + benchmark.name() + " ==");
                try {
                    benchmark.run(context);
                } catch (Exception | AssertionError e) {
                    failed = true;
                    context.detail(benchmark.name() + " could not finish: " + e);
                    e.printStackTrace(System.out);
                }
                context.detail(benchmark.name() + " took " + Results.seconds(System.nanoTime() - start) + ", " + Load.describe());
            }
        } catch (Exception e) {
            failed = true;
            e.printStackTrace(System.out);
        }
        System.out.println();
        results.print(System.out);
        System.out.flush();
        System.exit(failed ? 1 : 0);
    }
}
