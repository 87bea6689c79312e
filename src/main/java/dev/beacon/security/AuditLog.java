package dev.beacon.security;

import dev.beacon.security.internal.JooqAuditRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Appends to the audit log. Services call it inside their own transaction, so an entry exists exactly
 * when the change it describes was committed. Snapshots are flat maps of field name to value; never
 * put secrets in them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AuditLog {

    private final JooqAuditRepository repository;
    private final CurrentUser currentUser;

    AuditLog(JooqAuditRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    public void created(AuditSubject subject, Map<String, ?> state) {
        append(subject, "CREATED", "Created " + describe(subject), null, state);
    }

    /** Records the fields that changed; does nothing when nothing changed. */
    public void updated(AuditSubject subject, Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> oldValues = new LinkedHashMap<>();
        Map<String, Object> newValues = new LinkedHashMap<>();
        StringJoiner changes = new StringJoiner("; ");
        after.forEach((field, value) -> {
            Object previous = before.get(field);
            if (!Objects.equals(previous, value)) {
                oldValues.put(field, previous);
                newValues.put(field, value);
                changes.add(field + ": " + shorten(previous) + " → " + shorten(value));
            }
        });
        if (!newValues.isEmpty()) {
            append(subject, "UPDATED", "Updated " + describe(subject) + " (" + changes + ")", oldValues, newValues);
        }
    }

    public void deleted(AuditSubject subject, Map<String, ?> state) {
        append(subject, "DELETED", "Deleted " + describe(subject), state, null);
    }

    /** Anything that is neither a create, update nor delete, e.g. a password reset. */
    public void recorded(AuditSubject subject, String action, String summary) {
        append(subject, action, summary, null, null);
    }

    /** Changes made through the REST API name the token that acted, e.g. "ethan via token 'ci-deploy' (bcn_Ab3x…)". */
    private void append(AuditSubject subject, String action, String summary, Map<String, ?> before, Map<String, ?> after) {
        var actor = currentUser.details();
        var token = currentUser.apiToken();
        String actorName = actor.map(SignedInUser::getUsername).orElse("system")
                + token.map(used -> " " + used.describe()).orElse("");
        repository.append(
                actor.map(SignedInUser::userId).orElse(null),
                actorName,
                token.map(ActingApiToken::id).orElse(null),
                subject, action, summary, before, after);
    }

    private static String describe(AuditSubject subject) {
        return subject.type().toLowerCase() + " " + subject.name();
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
