package dev.beacon.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Beacon in a JVM of its own (this JVM's classpath, Beacon's main class, {@link BeaconSettings}), with the JVM
 * options given — e.g. -Xmx512m. Its console output (log lines, and whatever the JVM itself prints, such as an
 * OutOfMemoryError) goes to a file; stopping it is what an operator's Ctrl-C does.
 */
final class ChildBeacon implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Beacon is ready at (http://\\S+)");

    private final Process process;
    private final Path output;
    private URI base;

    private ChildBeacon(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildBeacon start(BeaconSettings settings, Path output, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-cp", System.getProperty("java.class.path"),
                "dev.beacon.BeaconApplication"));
        command.addAll(settings.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("BEACON_"));
        return new ChildBeacon(builder.start(), output);
    }

    /** Waits for the ready line and returns the address Beacon serves. */
    URI awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(log());
            if (ready.find()) {
                base = URI.create(ready.group(1));
                return base;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Beacon ended with exit code " + process.exitValue() + "; see " + output);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Beacon did not start within " + timeout + "; see " + output);
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() throws IOException {
        return Files.readString(output);
    }

    /** SIGTERM, so Beacon shuts down cleanly and stops its PostgreSQL; SIGKILL only if it hangs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
