package dev.beacon.bench;

final class QueryBenchmark implements Benchmark {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public void run(BenchContext context) {
    }
}
