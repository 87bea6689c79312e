package dev.beacon.security;

import dev.beacon.shared.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The principal of a signed-in session or API call. Team roles are not cached here: see {@link TeamAccess}. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId userId;
    private final String username;
    private final String displayName;
    private final boolean admin;
    private final boolean enabled;
    private final String timeZone;
    private String passwordHash;

    public SignedInUser(UserId userId, String username, String displayName, boolean admin, boolean enabled,
                        String timeZone, String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.admin = admin;
        this.enabled = enabled;
        this.timeZone = timeZone;
        this.passwordHash = passwordHash;
    }

    public UserId userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean admin() {
        return admin;
    }

    /** The zone the user chose in their profile; empty means "use the browser's zone". */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal when it is the same user, so the session registry finds all sessions of a user. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
