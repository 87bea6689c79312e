package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.alerting.internal.JooqSilenceRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ad hoc silences of a team's alerts (a model, a rule or a tag): EDITORs and OWNERs create and end them, VIEWERs list
 * them. A silence ends by itself at its end; ending it early keeps it in the list as ended. Other teams' silences,
 * models and rules answer "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SilenceService {

    private static final String SILENCE = "Silence";
    /** The list shows silences that ended within this period too. */
    static final Duration RECENT = Duration.ofDays(7);

    private final JooqSilenceRepository silences;
    private final JooqRuleRepository rules;
    private final ModelDirectory directory;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    SilenceService(JooqSilenceRepository silences, JooqRuleRepository rules, ModelDirectory directory, TeamAccess access,
                   CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.silences = silences;
        this.rules = rules;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Silence create(TeamId team, SilenceData data) {
        access.require(team, TeamRole.EDITOR, "Team");
        data.check();
        if (data.model() != null && !teamOf(data.model()).equals(team)) {
            throw new NotFoundException("Model");
        }
        if (data.rule() != null && !teamOf(rules.modelOf(data.rule()).orElseThrow(() -> new NotFoundException("Alert rule"))).equals(team)) {
            throw new NotFoundException("Alert rule");
        }
        if (!data.endsAt().isAfter(clock.instant())) {
            throw new InvalidInputException("endsAt", "A silence must end in the future");
        }
        Silence silence = silences.find(silences.insert(team, data, currentUser.id(), clock.instant())).orElseThrow();
        auditLog.created(subject(silence), Map.of("matches", silence.matches(), "startsAt", data.startsAt().toString(),
                "endsAt", data.endsAt().toString(), "reason", data.reason()));
        return silence;
    }

    /** A silence of the alert's rule from now for {@code duration} (the alert's "Silence" button). */
    @Transactional
    public Silence silenceRule(RuleId rule, Duration duration, String reason) {
        ModelId model = rules.modelOf(rule).orElseThrow(() -> new NotFoundException("Alert rule"));
        Instant now = clock.instant();
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(30)) > 0) {
            throw new InvalidInputException("duration", "Silence for up to 30 days");
        }
        return create(teamOf(model), new SilenceData(null, rule, null, now, now.plus(duration), reason));
    }

    /** The team's active and upcoming silences and those that ended in the last 7 days, the latest start first. */
    @Transactional(readOnly = true)
    public List<Silence> silences(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return silences.ofTeam(team, clock.instant().minus(RECENT));
    }

    /** Ends the silence now; alerts notify again from the next evaluation. */
    @Transactional
    public Silence endEarly(UUID id) {
        Silence silence = silences.find(id).orElseThrow(() -> new NotFoundException(SILENCE));
        access.require(silence.team(), TeamRole.EDITOR, SILENCE);
        Instant now = clock.instant();
        if (!now.isBefore(silence.effectiveEnd())) {
            throw new InvalidInputException("id", "This silence has ended already");
        }
        silences.endEarly(id, now);
        auditLog.recorded(subject(silence), "ENDED", "Ended the silence of " + silence.matches() + " early");
        return silences.find(id).orElseThrow();
    }

    /** Now, by Beacon's clock: where a new silence starts by default. */
    public Instant now() {
        return clock.instant();
    }

    /** Whether the silence holds notices back now or will later (so it can still be ended). */
    public boolean isRunning(Silence silence) {
        return clock.instant().isBefore(silence.effectiveEnd());
    }

    private TeamId teamOf(ModelId model) {
        return directory.find(model).orElseThrow(() -> new NotFoundException("Model")).team();
    }

    private static AuditSubject subject(Silence silence) {
        return new AuditSubject(silence.team(), SILENCE, silence.id().toString(), silence.matches());
    }
}
