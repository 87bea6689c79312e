package dev.beacon;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP against the running test server, redirects not followed, so tests see exactly what a
 * browser or an API client gets.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** Sends the body as JSON when it is not null. Headers are name/value pairs. */
    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs in through the login form as a browser does (session cookie and CSRF token from the login
     * page) and returns the signed-in session's cookie, "JSESSIONID=…", to send with later requests.
     */
    public String signIn(String username, String password) {
        Response loginPage = get("/login");
        Matcher session = SESSION.matcher(loginPage.header("Set-Cookie").orElseThrow());
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!session.find() || !csrf.find()) {
            throw new IllegalStateException("The login page gave no session or no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        Response response = send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (!response.header("Location").orElse("").equals(url("/"))) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + response.header("Location"));
        }
        // Signing in starts a new session (against session fixation); the old id no longer works.
        Matcher signedIn = SESSION.matcher(response.header("Set-Cookie").orElseThrow());
        return "JSESSIONID=" + (signedIn.find() ? signedIn.group(1) : session.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** For binary answers (e.g. protobuf), which a String would mangle. */
    public BinaryResponse sendForBytes(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return base + path;
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public record Response(int status, java.util.Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        public List<String> headerValues(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .toList();
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    public record BinaryResponse(int status, java.util.Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            return new Response(status, headers, "").header(name);
        }
    }
}
