package dev.beacon.demo;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.TeamId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo seeder, run directly in the shared test context (the demo profile stays off): seeding again
 * changes nothing, and seeding a half-seeded database completes it without touching what exists.
 */
@IntegrationTest
class DemoDataSeederTest {

    @Autowired
    RunAs runAs;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;
    @Autowired
    ModelService models;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;

    @BeforeEach
    void seeded() {
        seed();
    }

    @Test
    void seeding_a_seeded_database_again_writes_nothing() {
        String before = demoData();
        int auditEntriesBefore = db.fetchCount(AUDIT_ENTRY);

        seed();

        assertThat(demoData()).isEqualTo(before);
        assertThat(db.fetchCount(AUDIT_ENTRY)).as("no write at all").isEqualTo(auditEntriesBefore);
    }

    @Test
    void everything_in_the_catalog_is_there_once() {
        for (DemoCatalog.DemoUser demo : DemoCatalog.USERS) {
            assertThat(fixtures.asAdmin(() -> users.find(demo.username(), 0, 100)))
                    .filteredOn(user -> user.username().equals(demo.username())).hasSize(1);
        }
        assertThat(fixtures.asAdmin(() -> teams.myTeams())).extracting(TeamOverview::name)
                .containsOnlyOnce(DemoCatalog.TEAMS.stream().map(DemoCatalog.DemoTeam::name).toArray(String[]::new));
        assertThat(members("Platform")).containsExactlyInAnyOrder(
                tuple("olivia", TeamRole.OWNER), tuple("ethan", TeamRole.EDITOR), tuple("vera", TeamRole.VIEWER));
        for (DemoCatalog.DemoModel demo : DemoCatalog.MODELS) {
            assertThat(modelsNamed(demo.team(), demo.data().name())).hasSize(1);
        }
    }

    @Test
    void a_deleted_demo_model_and_a_removed_membership_come_back_and_the_rest_stays_as_it_is() {
        TeamId platform = team("Platform");
        TeamId research = team("Research");
        Model coder = model("Platform", "qwen2.5-coder-32b");
        Model llama = model("Platform", "llama-3.1-70b-instruct");
        fixtures.asAdmin(() -> models.delete(coder.id(), coder.version()));
        fixtures.asAdmin(() -> teams.removeMember(platform, user("vera").id()));
        fixtures.asAdmin(() -> teams.putMember(research, user("ethan").id(), TeamRole.EDITOR));

        try {
            seed();

            Model restored = model("Platform", "qwen2.5-coder-32b");
            assertThat(restored.id()).isNotEqualTo(coder.id());
            assertThat(restored.data()).isEqualTo(coder.data());
            assertThat(fixtures.asAdmin(() -> models.history(restored.id())))
                    .extracting(ModelVersionChange::versionLabel, ModelVersionChange::changedBy)
                    .containsExactly(tuple("v2", "ethan"), tuple("v1", "ethan"));
            assertThat(members("Platform")).as("vera is back")
                    .containsExactlyInAnyOrder(tuple("olivia", TeamRole.OWNER), tuple("ethan", TeamRole.EDITOR),
                            tuple("vera", TeamRole.VIEWER));
            assertThat(members("Research")).as("ethan keeps the role he was given since")
                    .contains(tuple("ethan", TeamRole.EDITOR));
            assertThat(model("Platform", "llama-3.1-70b-instruct")).as("untouched").isEqualTo(llama);
        } finally {
            fixtures.asAdmin(() -> teams.putMember(research, user("ethan").id(), TeamRole.VIEWER));
        }
    }

    @Test
    void every_demo_model_points_at_its_own_simulated_server_in_catalogue_order() {
        List<String> endpoints = DemoCatalog.MODELS.stream().map(demo -> model(demo.team(), demo.data().name()).data().endpointUrl())
                .toList();

        assertThat(endpoints).containsExactly("http://127.0.0.1:18001", "http://127.0.0.1:18002", "http://127.0.0.1:18003",
                "http://127.0.0.1:18004", "http://127.0.0.1:18005", "http://127.0.0.1:18006", "http://127.0.0.1:18007",
                "http://127.0.0.1:18008");
    }

    @Test
    void a_demo_model_left_at_its_former_host_moves_to_its_simulated_server_once_and_its_registering_user_is_on_record() {
        Model triage = model("Support Bots", "ticket-triage");
        fixtures.asAdmin(() -> models.update(triage.id(), triage.version(),
                triage.data().withEndpointUrl("http://gpu-l4-1.internal:8000"), null));

        seed();
        int auditEntries = db.fetchCount(AUDIT_ENTRY);
        seed();

        assertThat(model("Support Bots", "ticket-triage").data().endpointUrl()).isEqualTo("http://127.0.0.1:18008");
        assertThat(db.fetchCount(AUDIT_ENTRY)).as("the second start changes nothing").isEqualTo(auditEntries);
        var lastChange = db.select(AUDIT_ENTRY.ACTOR_NAME, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.BEFORE_STATE, AUDIT_ENTRY.AFTER_STATE)
                .from(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY_ID.eq(triage.id().toString()))
                .orderBy(AUDIT_ENTRY.AUDIT_ENTRY_ID.desc()).limit(1).fetchOne();
        assertThat(lastChange.value1()).isEqualTo("leo");
        assertThat(lastChange.value3().data()).contains("gpu-l4-1.internal");
        assertThat(lastChange.value4().data()).contains("http://127.0.0.1:18008");
    }

    @Test
    void an_endpoint_someone_chose_for_a_demo_model_stays_and_the_fleet_moves_with_its_base_port() {
        Model coder = model("Platform", "qwen2.5-coder-32b");
        Model llama = model("Platform", "llama-3.1-70b-instruct");
        fixtures.asAdmin(() -> models.update(coder.id(), coder.version(),
                coder.data().withEndpointUrl("http://our-own-vllm:8000"), null));
        try {
            seed(new DemoFleetSettings(null, 19001, null, null, null, null));

            assertThat(model("Platform", "qwen2.5-coder-32b").data().endpointUrl()).isEqualTo("http://our-own-vllm:8000");
            assertThat(model("Platform", "llama-3.1-70b-instruct").data().endpointUrl()).isEqualTo("http://127.0.0.1:19001");
        } finally {
            Model changed = model("Platform", "qwen2.5-coder-32b");
            fixtures.asAdmin(() -> models.update(changed.id(), changed.version(), coder.data(), null));
            seed();
        }
        assertThat(model("Platform", "llama-3.1-70b-instruct").data()).isEqualTo(llama.data());
    }

    private void seed() {
        seed(DemoFleetSettings.defaults());
    }

    private void seed(DemoFleetSettings fleet) {
        new DemoDataSeeder(runAs, users, teams, models, fleet).run(new DefaultApplicationArguments());
    }

    /** Everything the seeder writes, as text: users, teams, memberships, models and their histories. */
    private String demoData() {
        StringBuilder data = new StringBuilder();
        for (DemoCatalog.DemoUser demo : DemoCatalog.USERS) {
            data.append(fixtures.asAdmin(() -> users.find(demo.username(), 0, 100))).append('\n');
        }
        for (DemoCatalog.DemoTeam demo : DemoCatalog.TEAMS) {
            data.append(demo.name()).append(members(demo.name())).append('\n');
            for (ModelListItem item : modelsNamed(demo.name(), "")) {
                data.append(fixtures.asAdmin(() -> models.get(item.id()))).append(fixtures.asAdmin(() -> models.history(item.id())));
            }
        }
        return data.toString();
    }

    private TeamId team(String name) {
        return fixtures.asAdmin(() -> teams.myTeams()).stream().filter(team -> team.name().equals(name))
                .map(TeamOverview::id).findFirst().orElseThrow();
    }

    private List<org.assertj.core.groups.Tuple> members(String team) {
        return fixtures.asAdmin(() -> teams.members(team(team))).stream()
                .map(member -> tuple(member.username(), member.role())).toList();
    }

    private UserAccount user(String username) {
        return fixtures.asAdmin(() -> users.find(username, 0, 100)).stream()
                .filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    private List<ModelListItem> modelsNamed(String team, String text) {
        return fixtures.asAdmin(() -> models.find(new ModelFilter(team(team), null, null, null, text), ModelSort.NAME, true, 0, 100))
                .stream().filter(item -> text.isEmpty() || item.name().equals(text)).toList();
    }

    private Model model(String team, String name) {
        return fixtures.asAdmin(() -> models.get(modelsNamed(team, name).getFirst().id()));
    }
}
