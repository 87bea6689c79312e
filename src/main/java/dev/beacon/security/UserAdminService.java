package dev.beacon.security;

import dev.beacon.security.internal.JooqApiTokenRepository;
import dev.beacon.security.internal.JooqUserRepository;
import dev.beacon.security.internal.LoginThrottle;
import dev.beacon.security.internal.SessionRevoker;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What ADMINs do with user accounts: create, edit, disable, reset passwords, see and revoke API tokens,
 * lift sign-in locks. Disabling a user, changing their ADMIN role or resetting their password also ends
 * their open sessions; disabling and resetting revoke their API tokens for good. Beacon always keeps one
 * enabled ADMIN.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private final JooqUserRepository users;
    private final JooqApiTokenRepository tokens;
    private final ApiTokenRevoker tokenRevoker;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final SessionRevoker sessions;
    private final Clock clock;
    private final LoginThrottle loginThrottle;

    UserAdminService(JooqUserRepository users, JooqApiTokenRepository tokens, ApiTokenRevoker tokenRevoker,
                     PasswordEncoder passwordEncoder, AuditLog auditLog, CurrentUser currentUser,
                     SessionRevoker sessions, Clock clock, LoginThrottle loginThrottle) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.tokenRevoker = tokenRevoker;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.loginThrottle = loginThrottle;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> find(String text, int offset, int limit) {
        return users.find(text, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String text) {
        return users.count(text);
    }

    @Transactional(readOnly = true)
    public UserAccount get(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("User"));
    }

    @Transactional
    public UserAccount create(@Valid NewUser user) {
        String username = user.username().strip().toLowerCase();
        PasswordPolicy.problemWith(user.password(), username).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "This username is already taken");
        }
        UserAccount created;
        try {
            created = users.insert(username, user.displayName().strip(), user.email().strip(),
                    passwordEncoder.encode(user.password()), user.admin());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("username", "This username is already taken");
        }
        auditLog.created(subject(created), snapshot(created));
        return created;
    }

    @Transactional
    public UserAccount update(UserId id, int version, @Valid UserProfile profile, boolean admin) {
        if (!admin) {
            requireNotSelf(id, "admin", "You cannot take away your own ADMIN role");
            requireAnotherEnabledAdmin(id, "admin");
        }
        UserAccount before = get(id);
        UserProfile cleaned = normalized(profile);
        validateZone(cleaned.timeZone());
        if (!users.updateProfile(id, version, cleaned, clock.instant())) {
            throw new StaleDataException("This user");
        }
        if (before.admin() != admin) {
            users.setAdmin(id, admin, clock.instant());
            sessions.signOutEverywhere(id);
        }
        UserAccount after = get(id);
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
        return after;
    }

    @Transactional
    public UserAccount setEnabled(UserId id, boolean enabled) {
        if (!enabled) {
            requireNotSelf(id, "enabled", "You cannot disable your own account");
            requireAnotherEnabledAdmin(id, "enabled");
        }
        UserAccount before = get(id);
        users.setEnabled(id, enabled, clock.instant());
        if (!enabled) {
            sessions.signOutEverywhere(id);
            tokenRevoker.revokeAll(before, "account disabled");
        }
        UserAccount after = get(id);
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
        return after;
    }

    @Transactional
    public void resetPassword(UserId id, String newPassword) {
        UserAccount user = get(id);
        PasswordPolicy.problemWith(newPassword, user.username()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        users.setPasswordHash(id, passwordEncoder.encode(newPassword), clock.instant());
        sessions.signOutEverywhere(id);
        auditLog.recorded(subject(user), "PASSWORD_RESET", "Reset the password of user " + user.username());
        tokenRevoker.revokeAll(user, "password reset");
    }

    /** The user's API tokens that are not revoked, expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(UserId id) {
        return tokens.activeTokensOf(get(id).id());
    }

    @Transactional
    public void revokeToken(UserId owner, UUID tokenId) {
        tokenRevoker.revoke(owner, get(owner).username(), tokenId);
    }

    /**
     * Refuses to disable or demote the last enabled ADMIN. The enabled ADMINs stay locked until the
     * transaction ends, so two ADMINs who disable or demote each other at the same moment are served one
     * after the other, and the second is refused.
     */
    private void requireAnotherEnabledAdmin(UserId id, String field) {
        List<UserId> enabledAdmins = users.lockEnabledAdmins();
        if (enabledAdmins.equals(List.of(id))) {
            throw new InvalidInputException(field, "Beacon needs at least one enabled ADMIN. Make someone else ADMIN first.");
        }
    }

    /** How long the user's sign-in stays locked after too many failed attempts, or empty when it is not locked. */
    public Optional<Duration> signInLockRemaining(UserAccount user) {
        return loginThrottle.lockRemaining(user.username());
    }

    /**
     * Lets the user sign in again right away, e.g. when someone keeps locking them out by guessing.
     * Only a lock that was still on is recorded in the audit log.
     */
    @Transactional
    public void unlockSignIn(UserId id) {
        UserAccount user = get(id);
        if (loginThrottle.unlock(user.username())) {
            auditLog.recorded(AuditSubject.signIn(user.id().toString(), user.username()),
                    "UNLOCKED", "Unlocked sign-in as " + user.username());
        }
    }

    private void requireNotSelf(UserId id, String field, String message) {
        if (currentUser.id().equals(id)) {
            throw new InvalidInputException(field, message);
        }
    }

    static void validateZone(String zone) {
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException("timeZone", "Choose a time zone from the list");
        }
    }

    static UserProfile normalized(UserProfile profile) {
        String zone = profile.timeZone() == null || profile.timeZone().isBlank() ? null : profile.timeZone();
        return new UserProfile(profile.displayName().strip(), profile.email().strip(), zone);
    }

    static AuditSubject subject(UserAccount user) {
        return new AuditSubject(null, "User", user.id().toString(), user.username());
    }

    static Map<String, Object> snapshot(UserAccount user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", user.username());
        state.put("displayName", user.displayName());
        state.put("email", user.email());
        state.put("admin", user.admin());
        state.put("enabled", user.enabled());
        state.put("timeZone", user.timeZone());
        return state;
    }
}
