package dev.beacon.telemetry.outbound;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls to a real HTTP server on localhost, as scrapes and probes make them. */
class OutboundHttpTest {

    HttpServer server;
    String base;
    OutboundHttp http = new OutboundHttp(new OutboundProperties(null, null, null, DataSize.ofKilobytes(64), 3));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> respond(exchange, 200, "hello"));
        server.createContext("/fail", exchange -> respond(exchange, 503, "Loading model"));
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/ok");
            respond(exchange, 302, "");
        });
        server.createContext("/away", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://example.org/ok");
            respond(exchange, 302, "");
        });
        server.createContext("/big", exchange -> respond(exchange, 200, "x".repeat(100_000)));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "late");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void an_answer_comes_back_with_its_status_and_body() {
        OutboundResponse response = http.get(base + "/ok", Duration.ofSeconds(5));

        assertThat(response.ok()).isTrue();
        assertThat(response.bodyText()).isEqualTo("hello");
    }

    @Test
    void an_error_status_is_a_failure_that_keeps_the_status() {
        OutboundResponse response = http.get(base + "/fail", Duration.ofSeconds(5));

        assertThat(response.failure()).isEqualTo(OutboundFailure.HTTP_ERROR);
        assertThat(response.status()).isEqualTo(503);
    }

    @Test
    void redirects_are_followed_on_the_same_host_only() {
        assertThat(http.get(base + "/hop", Duration.ofSeconds(5)).bodyText()).isEqualTo("hello");
        assertThat(http.get(base + "/away", Duration.ofSeconds(5)).failure()).isEqualTo(OutboundFailure.REDIRECT_NOT_ALLOWED);
    }

    @Test
    void a_response_larger_than_the_cap_is_not_read() {
        assertThat(http.get(base + "/big", Duration.ofSeconds(5)).failure()).isEqualTo(OutboundFailure.RESPONSE_TOO_LARGE);
    }

    @Test
    void a_server_slower_than_the_timeout_is_a_timeout() {
        assertThat(http.get(base + "/slow", Duration.ofMillis(300)).failure()).isEqualTo(OutboundFailure.TIMEOUT);
    }

    @Test
    void a_closed_port_is_a_refused_connection() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(http.get("http://127.0.0.1:" + closed + "/", Duration.ofSeconds(5)).failure())
                .isEqualTo(OutboundFailure.CONNECTION_REFUSED);
    }

    @Test
    void cloud_metadata_and_link_local_addresses_are_never_called() {
        assertThat(http.get("http://169.254.169.254/latest/meta-data/", Duration.ofSeconds(5)).failure())
                .isEqualTo(OutboundFailure.BLOCKED_ADDRESS);
        assertThat(http.get("http://[fe80::1]:8000/health", Duration.ofSeconds(5)).failure())
                .isEqualTo(OutboundFailure.BLOCKED_ADDRESS);
        assertThat(http.get("http://0.0.0.0:8000/health", Duration.ofSeconds(5)).failure())
                .isEqualTo(OutboundFailure.BLOCKED_ADDRESS);
    }

    @Test
    void only_http_and_https_urls_are_called() {
        assertThat(http.get("file:///etc/passwd", Duration.ofSeconds(5)).failure()).isEqualTo(OutboundFailure.INVALID_URL);
        assertThat(http.get("gopher://localhost/", Duration.ofSeconds(5)).failure()).isEqualTo(OutboundFailure.INVALID_URL);
    }

    @Test
    void private_ranges_and_loopback_can_be_denied_by_configuration() {
        OutboundHttp strict = new OutboundHttp(new OutboundProperties(List.of("169.254.0.0/16"), false, false, null, 0));

        assertThat(strict.get(base + "/ok", Duration.ofSeconds(5)).failure()).isEqualTo(OutboundFailure.BLOCKED_ADDRESS);
        assertThat(strict.get("http://10.1.2.3:8000/health", Duration.ofSeconds(5)).failure()).isEqualTo(OutboundFailure.BLOCKED_ADDRESS);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
