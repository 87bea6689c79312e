package dev.beacon.telemetry.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import com.google.rpc.RetryInfo;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two payload encodings of OTLP/HTTP. JSON is the proto3 JSON mapping with OTLP's deviations: trace
 * and span ids are hex, not base64; enums are integers (the parser takes names too); unknown fields are
 * ignored; 64-bit integers may be strings or numbers.
 */
enum OtlpEncoding {

    PROTOBUF(MediaType.parseMediaType("application/x-protobuf")),
    JSON(MediaType.APPLICATION_JSON);

    /** Fields that hold trace or span ids, in lowerCamelCase and in the proto's own spelling. */
    private static final Set<String> ID_FIELDS = Set.of("traceId", "spanId", "parentSpanId",
            "trace_id", "span_id", "parent_span_id");
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})*");
    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    /** Error details a Status body may carry, so they print as JSON. */
    private static final JsonFormat.TypeRegistry DETAILS = JsonFormat.TypeRegistry.newBuilder()
            .add(BadRequest.getDescriptor()).add(RetryInfo.getDescriptor()).build();

    private final MediaType mediaType;

    OtlpEncoding(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The encoding of a Content-Type; empty for anything else. {@code application/protobuf} is taken too. */
    static Optional<OtlpEncoding> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isCompatibleWith(PROTOBUF.mediaType) || type.isCompatibleWith(MediaType.parseMediaType("application/protobuf"))) {
                return Optional.of(PROTOBUF);
            }
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) ? Optional.of(JSON) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @throws UnreadablePayloadException when the body is not such a message */
    <B extends Message.Builder> B parse(byte[] body, B builder) {
        try {
            if (this == PROTOBUF) {
                builder.mergeFrom(body);
            } else {
                JsonFormat.parser().ignoringUnknownFields().merge(withBase64Ids(body), builder);
            }
            return builder;
        } catch (InvalidProtocolBufferException | JacksonException | IllegalArgumentException e) {
            throw new UnreadablePayloadException("The body is not a valid OTLP " + (this == PROTOBUF ? "protobuf" : "JSON")
                    + " message: " + e.getMessage(), e);
        }
    }

    byte[] print(Message message) {
        if (this == PROTOBUF) {
            return message.toByteArray();
        }
        try {
            return JsonFormat.printer().usingTypeRegistry(DETAILS).omittingInsignificantWhitespace().print(message)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("A response could not be printed as JSON", e);
        }
    }

    /** OTLP JSON's hex ids as the base64 the proto3 JSON mapping expects for bytes. */
    private static String withBase64Ids(byte[] body) {
        JsonNode tree = JACKSON.readTree(body);
        convertIds(tree);
        return JACKSON.writeValueAsString(tree);
    }

    private static void convertIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (ID_FIELDS.contains(field.getKey()) && value.isString() && HEX.matcher(value.asString()).matches()) {
                    object.put(field.getKey(), Base64.getEncoder().encodeToString(HexFormat.of().parseHex(value.asString())));
                } else {
                    convertIds(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(OtlpEncoding::convertIds);
        }
    }
}
