package dev.beacon.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * A Java Flight Recorder profile of the whole run (bench/run --jfr FILE): where the benchmark JVM — and so the
 * in-process Beacon — spends its time. Open it with `jfr print --events jdk.ExecutionSample` or JDK Mission Control.
 */
final class Profile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Records nothing when no file is given. */
    static Profile start(String file) throws IOException, ParseException {
        if (file.isBlank()) {
            return new Profile(null, null);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return new Profile(recording, Path.of(file));
    }

    @Override
    public void close() throws IOException {
        if (recording != null) {
            recording.dump(file);
            recording.close();
            System.out.println("  Flight recording written to " + file);
        }
    }
}
