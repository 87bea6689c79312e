package dev.beacon.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server that still runs on the data directory although no Beacon holds the directory's lock:
 * the Beacon that started it died ({@code kill -9}, the OOM killer, a crash) and the server lived on.
 * It is stopped the way {@code pg_ctl stop -m fast} does it (SIGINT: roll back open transactions, checkpoint,
 * exit), so nothing committed is lost, and Beacon then starts its own server as usual.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    static final String PID_FILE = "postmaster.pid";

    private OrphanedServer() {
    }

    /** Call only while holding the {@link DataDirectoryLock}: then a running server here has no Beacon. */
    static void stopIfRunning(Path directory, Duration timeout) throws IOException {
        Path pidFile = directory.resolve(PID_FILE);
        Optional<Long> pid = postmasterPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (server.isEmpty() || !isPostgresOn(server.get(), directory)) {
            // PostgreSQL would step over a dead process's file itself, but not over one whose number was reused.
            log.info("Removing {}: its process {} is no longer a PostgreSQL server", pidFile, pid.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("PostgreSQL (process {}) is still running on {}, left behind by a Beacon that did not shut down;"
                + " stopping it before starting again", pid.get(), directory);
        stop(server.get(), directory, timeout);
    }

    private static Optional<Long> postmasterPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The number may have been reused since, even by another PostgreSQL: its command line names its data directory. */
    private static boolean isPostgresOn(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName)
                .map(name -> name.toString().equals("postgres"))
                .orElse(true); // cannot tell: rather stop a stranger than start a second server on the same files
        boolean here = info.arguments()
                .map(arguments -> Arrays.stream(arguments).anyMatch(argument -> names(argument, directory)))
                .orElse(true);
        return postgres && here;
    }

    private static boolean names(String argument, Path directory) {
        try {
            return Path.of(argument).toAbsolutePath().normalize().equals(directory.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle server, Path directory, Duration timeout) throws IOException {
        signalFastShutdown(server);
        try {
            server.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new EmbeddedDatabaseException(
                    "PostgreSQL (process " + server.pid() + ") left running on " + directory + " by an earlier Beacon did not stop within "
                            + timeout.toSeconds() + " s",
                    "stop it with 'kill -INT " + server.pid() + "' and start Beacon again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL " + server.pid() + " to stop", e);
        }
        log.info("Stopped the PostgreSQL left running on {}", directory);
    }

    private static void signalFastShutdown(ProcessHandle server) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command here, falling back to SIGTERM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL " + server.pid(), e);
        }
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown, which waits for the dead Beacon's sessions to end
    }
}
