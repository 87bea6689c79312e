package dev.beacon.notification;

/** A channel just created; {@code secret} signs its webhook requests and is shown this once (null for other types). */
public record CreatedChannel(Channel channel, String secret) {
}
