package dev.beacon.shared.database;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL could not start. The message is one sentence for the operator: what went wrong,
 * where, and what to do; {@link EmbeddedDatabaseFailureAnalyzer} prints it instead of a stack trace.
 */
class EmbeddedDatabaseException extends RuntimeException {

    private final String problem;
    private final String action;

    EmbeddedDatabaseException(String problem, String action, Throwable cause) {
        super(problem + ": " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    static EmbeddedDatabaseException inUse(Path directory, String holder) {
        return new EmbeddedDatabaseException(
                "The data directory " + directory + " is in use by another running Beacon (" + holder + ")",
                "stop that Beacon first, or give this one its own directory with BEACON_DATA_DIR", null);
    }

    static EmbeddedDatabaseException couldNotStart(Path directory, Throwable cause) {
        return new EmbeddedDatabaseException(
                "The embedded PostgreSQL could not start with its data in " + directory + " (" + summary(cause) + ")",
                "check that this user may write there and the disk has room (start with"
                        + " --logging.level.io.zonky.test.db.postgres=info to see PostgreSQL's own messages),"
                        + " or set SPRING_DATASOURCE_URL to use an external PostgreSQL", cause);
    }

    String problem() {
        return problem;
    }

    String action() {
        return action;
    }

    private static String summary(Throwable failure) {
        if (failure.getMessage() == null || failure instanceof FileSystemException) {
            // AccessDeniedException, FileAlreadyExistsException...: the message is only the path, the name says what
            return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        return failure.getMessage();
    }
}
