package dev.beacon.bench;

final class HeapBenchmark implements Benchmark {
    @Override
    public String name() {
        return "heap";
    }

    @Override
    public void run(BenchContext context) {
    }
}
