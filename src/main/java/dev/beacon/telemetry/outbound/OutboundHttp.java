package dev.beacon.telemetry.outbound;

import org.springframework.stereotype.Component;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way Beacon calls URLs that users typed (metrics endpoints, health probes, model endpoints, webhooks).
 * Such URLs are an attack surface, so: only http and https; the host's addresses are checked against
 * the deny list after DNS resolution; redirects are followed only to the same host; the whole call,
 * body included, has a deadline; at most {@code maxResponse} bytes are read. Failures come back as an
 * {@link OutboundFailure}, never as an exception or a raw body.
 */
@Component
public class OutboundHttp {

    private static final List<Cidr> PRIVATE = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"), Cidr.parse("fc00::/7"));
    private static final List<Cidr> LOOPBACK = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"));

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(threads)
            .build();
    private final OutboundProperties properties;
    private final List<Cidr> denied;

    OutboundHttp(OutboundProperties properties) {
        this.properties = properties;
        this.denied = properties.deniedNetworks().stream().map(Cidr::parse).toList();
    }

    public OutboundResponse get(String url, Duration timeout) {
        return send("GET", url, null, Map.of(), timeout);
    }

    /** A GET with {@code Authorization: Bearer <token>}, or without it when {@code bearerToken} is null. */
    public OutboundResponse get(String url, String bearerToken, Duration timeout) {
        return send("GET", url, null, bearerToken, timeout);
    }

    /** Sends a request; {@code jsonBody} null sends none. */
    public OutboundResponse send(String method, String url, String jsonBody, String bearerToken, Duration timeout) {
        return send(method, url, jsonBody, bearerToken == null ? Map.of() : Map.of("Authorization", "Bearer " + bearerToken), timeout);
    }

    /** Posts a JSON body with extra request headers (e.g. a signature of the body). */
    public OutboundResponse postJson(String url, String jsonBody, Map<String, String> headers, Duration timeout) {
        return send("POST", url, jsonBody, headers, timeout);
    }

    /**
     * Why Beacon would refuse to call the URL (not http or https, an unknown host, a host that resolves to a denied
     * address), or empty when it may: for checking a URL when someone saves it. Every call checks again.
     */
    public Optional<OutboundResponse> refusal(String url) {
        try {
            return Optional.ofNullable(check(URI.create(url.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.of(OutboundResponse.failed(OutboundFailure.INVALID_URL, Duration.ZERO, "Not a URL"));
        }
    }

    private OutboundResponse send(String method, String url, String jsonBody, Map<String, String> headers, Duration timeout) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return OutboundResponse.failed(OutboundFailure.INVALID_URL, Duration.ZERO, "Not a URL");
        }
        for (int redirects = 0; ; redirects++) {
            OutboundResponse denial = check(uri);
            if (denial != null) {
                return denial;
            }
            Duration left = timeout.minus(Duration.ofNanos(System.nanoTime() - started));
            Result result = call(method, uri, jsonBody, headers, left, started);
            if (result.redirect() == null) {
                return result.response();
            }
            URI next = uri.resolve(result.redirect());
            if (redirects >= properties.maxRedirects() || !sameOrigin(uri, next)) {
                return OutboundResponse.failed(OutboundFailure.REDIRECT_NOT_ALLOWED, elapsed(started),
                        "Redirect to " + next.getHost());
            }
            uri = next;
        }
    }

    private record Result(OutboundResponse response, String redirect) {
    }

    private Result call(String method, URI uri, String jsonBody, Map<String, String> headers, Duration timeout, long started) {
        if (timeout.isNegative() || timeout.isZero()) {
            return new Result(OutboundResponse.failed(OutboundFailure.TIMEOUT, elapsed(started), "Deadline passed"), null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Beacon")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                response.body().close();
                return new Result(null, response.headers().firstValue("Location").get());
            }
            Duration left = timeout.minus(elapsed(started));
            byte[] body = readCapped(response.body(), left);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (body == null) {
                return new Result(OutboundResponse.failed(OutboundFailure.RESPONSE_TOO_LARGE, elapsed(started),
                        "More than " + properties.maxResponse().toMegabytes() + " MB"), null);
            }
            OutboundFailure failure = status >= 200 && status < 300 ? null : OutboundFailure.HTTP_ERROR;
            return new Result(new OutboundResponse(status, type, body, elapsed(started), failure,
                    failure == null ? null : "HTTP " + status), null);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Result(OutboundResponse.failed(OutboundFailure.TIMEOUT, elapsed(started), "No answer in " + timeout.toMillis() + " ms"), null);
        } catch (ExecutionException e) {
            return new Result(OutboundResponse.failed(classify(e.getCause()), elapsed(started), shortMessage(e.getCause())), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(OutboundResponse.failed(OutboundFailure.IO_ERROR, elapsed(started), "Interrupted"), null);
        } catch (IOException e) {
            return new Result(OutboundResponse.failed(classify(e), elapsed(started), shortMessage(e)), null);
        }
    }

    /** The body, or null when it is larger than allowed; stops reading at the deadline. */
    private byte[] readCapped(InputStream body, Duration timeout) throws IOException, TimeoutException {
        long limit = properties.maxResponse().toBytes();
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (body) {
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                return bytes.length > limit ? null : bytes;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads);
        try {
            return reading.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            body.close();
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Null when the URL may be called, else why not. Resolves the host and checks every address. */
    OutboundResponse check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
            return OutboundResponse.failed(OutboundFailure.INVALID_URL, Duration.ZERO, "Only http:// and https:// URLs with a host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return OutboundResponse.failed(OutboundFailure.DNS_FAILURE, Duration.ZERO, "Unknown host " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                return OutboundResponse.failed(OutboundFailure.BLOCKED_ADDRESS, Duration.ZERO,
                        uri.getHost() + " resolves to a denied address");
            }
        }
        return null;
    }

    boolean allowed(InetAddress address) {
        if (denied.stream().anyMatch(network -> network.contains(address))) {
            return false;
        }
        if (!properties.allowLoopback() && LOOPBACK.stream().anyMatch(network -> network.contains(address))) {
            return false;
        }
        return properties.allowPrivate() || PRIVATE.stream().noneMatch(network -> network.contains(address));
    }

    private static boolean sameOrigin(URI from, URI to) {
        return from.getHost().equalsIgnoreCase(to.getHost() == null ? "" : to.getHost())
                && from.getScheme().equalsIgnoreCase(to.getScheme() == null ? "" : to.getScheme())
                && from.getPort() == to.getPort();
    }

    private static OutboundFailure classify(Throwable failure) {
        return switch (failure) {
            case HttpConnectTimeoutException e -> OutboundFailure.TIMEOUT;
            case HttpTimeoutException e -> OutboundFailure.TIMEOUT;
            case ConnectException e -> OutboundFailure.CONNECTION_REFUSED;
            case UnknownHostException e -> OutboundFailure.DNS_FAILURE;
            case SSLException e -> OutboundFailure.TLS_FAILURE;
            case null, default -> OutboundFailure.IO_ERROR;
        };
    }

    private static String shortMessage(Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        String text = failure == null ? "Unknown" : failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
