package dev.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed with the figures: other builds share this machine. */
final class Load {

    private Load() {
    }

    static String describe() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException | RuntimeException e) {
            return "load average unknown";
        }
    }
}
