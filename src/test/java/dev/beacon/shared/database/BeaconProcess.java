package dev.beacon.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Beacon run as an operator runs it: its main class in a JVM of its own, on a given data directory. */
final class BeaconProcess implements AutoCloseable {

    private static final String READY = "Beacon is ready at";

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private BeaconProcess(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("beacon-" + process.pid() + "-output").start(this::readOutput);
    }

    static BeaconProcess start(Path dataDirectory) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "dev.beacon.BeaconApplication",
                "--server.port=0",
                // any other Beacon on this machine (a demo, another test run) may hold OTLP/gRPC's 4317
                "--beacon.telemetry.otlp.grpc.port=0",
                "--spring.main.banner-mode=off",
                "--beacon.database.embedded.data-directory=" + dataDirectory))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("BEACON_"));
        builder.environment().put("BEACON_ADMIN_PASSWORD", "Crash-Test-Secret-7");
        return new BeaconProcess(builder.start());
    }

    BeaconProcess awaitReady(Duration timeout) throws InterruptedException {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return this;
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Beacon did not start within " + timeout + "; it wrote:\n" + output, e);
        }
    }

    /** Waits for Beacon to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Beacon still runs after " + timeout + "; it wrote:\n" + output);
        }
        return process.exitValue();
    }

    /** What the OOM killer does: SIGKILL, no shutdown hooks. */
    void killHard() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.contains(READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("Beacon ended"));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
    }
}
