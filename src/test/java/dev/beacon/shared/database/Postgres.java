package dev.beacon.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** Plain JDBC to an embedded server, the way an operator's psql would reach it: by port, user and password. */
final class Postgres {

    private Postgres() {
    }

    static Connection connect(int port, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", login);
    }

    static String show(Connection connection, String setting) throws SQLException {
        try (var result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    static String storedPassword(Path dataDirectory) throws IOException {
        return Files.readString(dataDirectory.resolve(SuperuserPassword.FILE_NAME)).strip();
    }

    /** The port and process of the server running on the directory, from its postmaster.pid. */
    static int port(Path dataDirectory) throws IOException {
        return Integer.parseInt(pidFile(dataDirectory).get(3).strip());
    }

    static long pid(Path dataDirectory) throws IOException {
        return Long.parseLong(pidFile(dataDirectory).getFirst().strip());
    }

    private static List<String> pidFile(Path dataDirectory) throws IOException {
        return Files.readAllLines(dataDirectory.resolve(OrphanedServer.PID_FILE));
    }
}
