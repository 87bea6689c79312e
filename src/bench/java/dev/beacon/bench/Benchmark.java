package dev.beacon.bench;

/**
 * One benchmark of bench/run. It measures what its name says and adds its figures to the results as
 * {@code name: value} lines; anything else it prints is detail. To add one, implement this and list it in
 * {@link Benchmarks#ALL}.
 */
interface Benchmark {

    /** Short name, used by {@code bench/run --only NAME}. */
    String name();

    void run(BenchContext context) throws Exception;
}
