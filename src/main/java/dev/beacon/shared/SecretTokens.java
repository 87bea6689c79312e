package dev.beacon.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes and hashes the secrets Beacon hands out once (personal API tokens, ingestion keys). Secrets carry
 * ~190 random bits, so a plain SHA-256 is enough to store them safely (no slow hash needed, unlike passwords).
 */
public final class SecretTokens {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int RANDOM_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new secret that starts with the prefix, e.g. "bik_", so people and secret scanners recognise it. */
    public static String newSecret(String prefix) {
        StringBuilder secret = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    /** What the owner sees of a stored secret, e.g. "bik_Ab3x…". */
    public static String displayPrefix(String secret, String prefix) {
        return secret.substring(0, prefix.length() + 4) + "…";
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
