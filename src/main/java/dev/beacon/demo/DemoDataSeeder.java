package dev.beacon.demo;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.security.NewUser;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.TeamId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seeds the demo data when the "demo" profile is active. Idempotent: whatever already exists (by
 * username, team name, model name, team membership) is left alone, so restarts never duplicate or
 * reset anything; whatever is missing, e.g. after a first start that stopped half-way, is added.
 * One exception: a demo model still pointing where earlier versions put it (a made-up *.internal host,
 * or the simulated fleet at another base port) is pointed at its simulated server, as its registering user.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final String ADMIN = "admin";

    private final RunAs runAs;
    private final UserAdminService users;
    private final TeamService teams;
    private final ModelService models;
    private final int basePort;

    DemoDataSeeder(RunAs runAs, UserAdminService users, TeamService teams, ModelService models, DemoFleetSettings fleet) {
        this.runAs = runAs;
        this.users = users;
        this.teams = teams;
        this.models = models;
        this.basePort = fleet.basePort();
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = runAs.user(ADMIN, () -> seedUsers() + seedTeams());
        for (DemoCatalog.DemoModel demo : DemoCatalog.MODELS) {
            created += seedModel(demo);
        }
        log.info(created == 0 ? "Demo data is already in place" : "Seeded or updated {} demo records", created);
    }

    private int seedUsers() {
        int created = 0;
        for (DemoCatalog.DemoUser demo : DemoCatalog.USERS) {
            if (findUser(demo.username()).isEmpty()) {
                users.create(new NewUser(demo.username(), demo.displayName(), demo.username() + "@beacon.example",
                        DemoCatalog.PASSWORD, false));
                created++;
            }
        }
        return created;
    }

    private int seedTeams() {
        int created = 0;
        for (DemoCatalog.DemoTeam demo : DemoCatalog.TEAMS) {
            Optional<TeamId> existing = findTeam(demo.name());
            TeamId team = existing.orElseGet(() -> teams.create(new TeamData(demo.name(), demo.description())).id());
            created += (existing.isEmpty() ? 1 : 0) + seedMembers(team, demo);
        }
        return created;
    }

    /** Adds the demo members the team lacks; a role someone changed since stays as it is. */
    private int seedMembers(TeamId team, DemoCatalog.DemoTeam demo) {
        Set<String> members = teams.members(team).stream().map(TeamMember::username).collect(Collectors.toSet());
        int added = 0;
        for (var member : demo.members().entrySet()) {
            if (members.contains(member.getKey())) {
                continue;
            }
            Optional<UserAccount> user = findUser(member.getKey()).filter(UserAccount::enabled);
            if (user.isPresent()) {
                teams.putMember(team, user.get().id(), member.getValue());
                added++;
            }
        }
        return added;
    }

    private int seedModel(DemoCatalog.DemoModel demo) {
        TeamId team = runAs.user(ADMIN, () -> findTeam(demo.team())).orElse(null);
        if (team == null) {
            return 0;
        }
        Optional<Model> existing = runAs.user(ADMIN, () -> findModel(team, demo.data().name()));
        if (existing.isPresent()) {
            return pointAtSimulator(demo, existing.get());
        }
        ModelData data = demo.data().withEndpointUrl(DemoCatalog.endpoint(demo, basePort));
        Model model = runAs.user(demo.registeredBy(), () -> models.register(team, data));
        for (DemoCatalog.VersionStep step : demo.laterVersions()) {
            Model current = model;
            ModelData next = current.data().withVersionLabel(step.label());
            model = runAs.user(step.by(), () -> models.update(current.id(), current.version(), next, step.note()));
        }
        return 1;
    }

    /** Moves a demo model from a former endpoint to its simulated server; an endpoint someone chose stays. */
    private int pointAtSimulator(DemoCatalog.DemoModel demo, Model model) {
        String endpoint = model.data().endpointUrl();
        String simulated = DemoCatalog.endpoint(demo, basePort);
        boolean former = endpoint.equals(DemoCatalog.FORMER_ENDPOINTS.get(demo.data().name()))
                || DemoCatalog.isSimulated(endpoint) && !endpoint.equals(simulated);
        if (!former) {
            return 0;
        }
        try {
            runAs.user(demo.registeredBy(), () -> models.update(model.id(), model.version(),
                    model.data().withEndpointUrl(simulated), null));
            log.info("The demo model {} now points at its simulated server {}", model.data().name(), simulated);
            return 1;
        } catch (RuntimeException refused) {
            log.warn("The demo model {} still points at {}: {}", model.data().name(), endpoint, refused.getMessage());
            return 0;
        }
    }

    private Optional<UserAccount> findUser(String username) {
        return users.find(username, 0, 50).stream().filter(user -> user.username().equals(username)).findFirst();
    }

    private Optional<TeamId> findTeam(String name) {
        return teams.myTeams().stream().filter(team -> team.name().equalsIgnoreCase(name)).map(TeamOverview::id).findFirst();
    }

    private Optional<Model> findModel(TeamId team, String name) {
        return models.find(new ModelFilter(team, null, null, null, name), ModelSort.NAME, true, 0, 50).stream()
                .filter(item -> item.name().equalsIgnoreCase(name))
                .findFirst()
                .map(item -> models.get(item.id()));
    }
}
