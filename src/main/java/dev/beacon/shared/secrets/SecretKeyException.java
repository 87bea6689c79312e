package dev.beacon.shared.secrets;

/**
 * Beacon's secret key is missing, malformed, or not the one its stored secrets were sealed with. The message is
 * for the operator: what is wrong and what to do; {@link SecretKeyFailureAnalyzer} prints it instead of a stack trace.
 */
class SecretKeyException extends RuntimeException {

    static final String MAKE_ONE = "openssl rand -base64 32";

    private final String problem;
    private final String action;

    SecretKeyException(String problem, String action, Throwable cause) {
        super(problem + ": " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    static SecretKeyException malformed(String origin, String what) {
        return new SecretKeyException(origin + " is not a secret key (" + what + "); it must be 32 random bytes in base64",
                "make one with: " + MAKE_ONE, null);
    }

    static SecretKeyException mismatch(String origin) {
        return new SecretKeyException(
                "The secret key from " + origin + " does not match the key Beacon's stored secrets were encrypted with"
                        + " (the model API keys in this database cannot be read with it)",
                "start Beacon with the key it used before (BEACON_SECRET_KEY, or the secret.key file in its data directory)."
                        + " If that key is lost, the stored API keys are too: delete them in the database with"
                        + " 'DELETE FROM model_credential; DELETE FROM secret_key_check;' and enter them again after the start", null);
    }

    static SecretKeyException noPlaceForKeyFile() {
        return new SecretKeyException(
                "Beacon uses an external database (SPRING_DATASOURCE_URL), so it has no data directory to keep a generated secret key in",
                "set BEACON_SECRET_KEY to a key made with '" + MAKE_ONE + "' and keep it with the database's backups"
                        + " (stored API keys cannot be read without it), or set BEACON_SECRET_KEY_FILE to a file Beacon may create", null);
    }

    String problem() {
        return problem;
    }

    String action() {
        return action;
    }
}
