package dev.beacon.telemetry.otlp;

import com.google.protobuf.Message;
import dev.beacon.Http;

import java.net.URI;
import java.net.http.HttpRequest;

/** OTLP/HTTP requests against the running test server, as an exporter sends them. */
final class OtlpHttp {

    static final String PROTOBUF = "application/x-protobuf";
    static final String JSON = "application/json";

    private final Http http;

    OtlpHttp(int port) {
        this.http = new Http(port);
    }

    Http.BinaryResponse protobuf(String path, Message message, String authorization) {
        return send(path, message.toByteArray(), PROTOBUF, "Authorization", authorization);
    }

    Http.BinaryResponse json(String path, String json, String authorization) {
        return send(path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), JSON, "Authorization", authorization);
    }

    /** Headers are name/value pairs. */
    Http.BinaryResponse send(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.sendForBytes(request.build());
    }
}
