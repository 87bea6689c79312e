package dev.beacon.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * The personal API token a REST request was authenticated with, kept as the authentication's details
 * so that the audit log can say which token acted.
 *
 * @param prefix what its owner sees of the secret, e.g. "bcn_Ab3x…"
 */
public record ActingApiToken(UUID id, String name, String prefix) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** e.g. "via token 'ci-deploy' (bcn_Ab3x…)" */
    public String describe() {
        return "via token '" + name + "' (" + prefix + ")";
    }
}
