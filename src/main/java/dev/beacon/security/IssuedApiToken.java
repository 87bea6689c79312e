package dev.beacon.security;

/** A token just created; {@code secret} is shown to its owner once and never again. */
public record IssuedApiToken(ApiToken token, String secret) {
}
