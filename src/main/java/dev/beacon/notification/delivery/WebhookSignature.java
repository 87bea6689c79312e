package dev.beacon.notification.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The X-Beacon-Signature header: "sha256=" and the hex HMAC-SHA256 of the exact request body with the channel's
 * secret, as GitHub signs its webhooks. Receivers compute the same over the raw body and compare in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Beacon-Signature";

    private WebhookSignature() {
    }

    public static String of(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
