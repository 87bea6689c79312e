package dev.beacon.shared.secrets;

/** A sealed value could not be opened: another key sealed it, or it was changed. Carries no secret material. */
public class SecretBoxException extends RuntimeException {

    SecretBoxException(String message) {
        super(message);
    }
}
