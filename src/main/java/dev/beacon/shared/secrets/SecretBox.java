package dev.beacon.shared.secrets;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypts the secrets Beacon must send to others and so cannot hash (e.g. a model endpoint's API key), with
 * AES-256-GCM under Beacon's secret key ({@code BEACON_SECRET_KEY} or the key file, see {@link SecretKeySource}).
 * A sealed value is a format version byte, a random 96-bit nonce and the ciphertext with its 128-bit tag, so it
 * can be stored as one {@code bytea}; a changed byte or another key makes {@link #open} fail instead of
 * returning garbage. See docs/design-decisions/0029-secret-key-and-endpoint-credentials.md.
 */
public final class SecretBox {

    static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The shortest sealed value: format, nonce and the tag of an empty secret. */
    public static final int MIN_SEALED_BYTES = 1 + NONCE_BYTES + TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public byte[] seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] ciphertext = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length).put(FORMAT).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The secret, or a {@link SecretBoxException} when the value was sealed with another key or changed since. */
    public String open(byte[] sealed) {
        if (sealed == null || sealed.length < MIN_SEALED_BYTES || sealed[0] != FORMAT) {
            throw new SecretBoxException("Not a value sealed by Beacon's secret box");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            try {
                return new String(plain, StandardCharsets.UTF_8);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new SecretBoxException("The value was sealed with another secret key, or changed since");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "SecretBox[AES-256-GCM]";
    }
}
