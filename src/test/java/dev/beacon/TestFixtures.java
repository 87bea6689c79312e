package dev.beacon;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.AccountService;
import dev.beacon.security.NewUser;
import dev.beacon.security.RunAs;
import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.IssuedIngestionKey;
import dev.beacon.telemetry.NewIngestionKey;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Creates uniquely named users, teams and models through the real services, as the real admin. */
@TestComponent
public class TestFixtures {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Beacon-Test-Secret-1";
    public static final String PASSWORD = "Fixture-Pass-42";
    /** How long fixture API tokens work: far longer than any test, far shorter than the cap. */
    public static final Duration TOKEN_VALIDITY = Duration.ofDays(30);
    /** 40 characters but 80 bytes in UTF-8: within 72 characters, beyond the 72 bytes bcrypt reads. */
    public static final String UMLAUT_PASSWORD_OF_80_BYTES = "Ü" + "ü".repeat(39);

    private final RunAs runAs;
    private final UserAdminService users;
    private final TeamService teams;
    private final ModelService models;
    private final AccountService accounts;
    private final AuthenticationManager signIn;
    private final IngestionKeyService ingestionKeys;

    TestFixtures(RunAs runAs, UserAdminService users, TeamService teams, ModelService models, AccountService accounts,
                 AuthenticationManager signIn, IngestionKeyService ingestionKeys) {
        this.runAs = runAs;
        this.users = users;
        this.teams = teams;
        this.models = models;
        this.accounts = accounts;
        this.signIn = signIn;
        this.ingestionKeys = ingestionKeys;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public UserAccount user(String prefix) {
        String username = unique(prefix).toLowerCase();
        return asAdmin(() -> users.create(new NewUser(username, "User " + username, username + "@example.org", PASSWORD, false)));
    }

    public Team team(String prefix) {
        return asAdmin(() -> teams.create(new TeamData(unique(prefix), "Created by a test")));
    }

    public void member(Team team, UserAccount user, TeamRole role) {
        asAdmin(() -> teams.putMember(team.id(), user.id(), role));
    }

    /** A team with one user of the given role in it. */
    public UserAccount memberOfNewTeam(String prefix, TeamRole role) {
        Team team = team(prefix);
        UserAccount user = user(prefix);
        member(team, user, role);
        return user;
    }

    public Model model(Team team, String prefix) {
        return asAdmin(() -> models.register(team.id(), modelData(unique(prefix))));
    }

    public void deleteModel(Model model) {
        asAdmin(() -> models.delete(model.id(), models.get(model.id()).version()));
    }

    public Model registerAsAdmin(Team team, ModelData data) {
        return asAdmin(() -> models.register(team.id(), data));
    }

    /** The secret of a new personal API token of a fixture user (who still has {@link #PASSWORD}), valid for 30 days. */
    public String apiToken(UserAccount user) {
        return as(user, () -> accounts.createToken(unique("token"), TOKEN_VALIDITY, PASSWORD)).secret();
    }

    public String adminApiToken() {
        return asAdmin(() -> accounts.createToken(unique("token"), TOKEN_VALIDITY, ADMIN_PASSWORD)).secret();
    }

    /** Signs in with wrong passwords, as someone guessing would, until the user's sign-in is locked. */
    public void lockOut(UserAccount user) {
        for (int attempt = 1; attempt <= 100; attempt++) {
            var guess = UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "Wrong-Guess-" + attempt);
            guess.setDetails(new WebAuthenticationDetails("192.0.2.250", null));
            try {
                signIn.authenticate(guess);
            } catch (AuthenticationException expected) {
                if (asAdmin(() -> users.signInLockRemaining(user)).isPresent()) {
                    return;
                }
            }
        }
        throw new IllegalStateException(user.username() + " was not locked after 100 wrong passwords");
    }

    /** The secret of a new ingestion key of the team, for all its models, that never expires. */
    public String ingestionKey(Team team) {
        return ingestionKey(team, null).secret();
    }

    /** A new ingestion key of the team, limited to one model unless {@code onlyModel} is null. */
    public IssuedIngestionKey ingestionKey(Team team, ModelId onlyModel) {
        return asAdmin(() -> ingestionKeys.create(team.id(), new NewIngestionKey(unique("key"), onlyModel, null)));
    }

    public static ModelData modelData(String name) {
        return new ModelData(name, "A test model", ModelRuntime.VLLM, "http://gpu-node-1:8000",
                "meta-llama/Llama-3.1-8B-Instruct", "v1", 8192, new BigDecimal("0.70"), 1024, List.of("test"),
                ModelStatus.ACTIVE, ModelMonitoring.defaultsFor(ModelRuntime.VLLM));
    }

    public <T> T asAdmin(Supplier<T> work) {
        return runAs.user(ADMIN, work);
    }

    public void asAdmin(Runnable work) {
        runAs.user(ADMIN, work);
    }

    public <T> T as(UserAccount user, Supplier<T> work) {
        return runAs.user(user.username(), work);
    }

    public void as(UserAccount user, Runnable work) {
        runAs.user(user.username(), work);
    }
}
