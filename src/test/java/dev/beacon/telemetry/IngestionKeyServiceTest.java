package dev.beacon.telemetry;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.INGESTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class IngestionKeyServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    IngestionKeyService keys;
    @Autowired
    IngestionKeyAuthenticator authenticator;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext db;

    Team team;
    Model model;
    UserAccount editor;
    UserAccount viewer;

    @BeforeEach
    void aTeamWithAnEditorAndAViewer() {
        team = fixtures.team("keys");
        model = fixtures.model(team, "llm");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    @Test
    void the_secret_is_shown_once_and_only_its_hash_is_stored() {
        IssuedIngestionKey issued = create(editor, new NewIngestionKey("gateway-eu", model.id(), null));

        assertThat(issued.secret()).startsWith("bik_").hasSizeGreaterThan(30);
        assertThat(issued.key().prefix()).isEqualTo(issued.secret().substring(0, 8) + "…");
        assertThat(issued.key().modelName()).isEqualTo(model.data().name());
        assertThat(issued.key().createdBy()).isEqualTo(editor.username());
        Record row = db.selectFrom(INGESTION_KEY).where(INGESTION_KEY.INGESTION_KEY_ID.eq(issued.key().id())).fetchSingle();
        assertThat(Arrays.stream(row.intoArray()).map(String::valueOf)).noneMatch(value -> value.contains(issued.secret()));
        assertThat(row.get(INGESTION_KEY.KEY_HASH)).hasSize(64);
        assertThat(fixtures.as(viewer, () -> keys.keys(team.id()))).singleElement()
                .satisfies(key -> assertThat(key.toString()).doesNotContain(issued.secret()));
        assertThat(authenticator.authenticate(issued.secret())).hasValueSatisfying(caller -> {
            assertThat(caller.team()).isEqualTo(team.id());
            assertThat(caller.onlyModel()).contains(model.id());
        });
    }

    @Test
    void creating_and_revoking_are_audited_for_the_team_without_the_secret() {
        IssuedIngestionKey issued = create(editor, new NewIngestionKey("otel-collector", null, null));
        fixtures.as(editor, () -> keys.revoke(team.id(), issued.key().id()));

        var entries = db.select(AUDIT_ENTRY.ACTION, AUDIT_ENTRY.SUMMARY, AUDIT_ENTRY.AFTER_STATE, AUDIT_ENTRY.TEAM_ID)
                .from(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY_ID.eq(issued.key().id().toString()))
                .orderBy(AUDIT_ENTRY.AUDIT_ENTRY_ID).fetch();
        assertThat(entries).extracting(entry -> entry.value1()).containsExactly("CREATED", "REVOKED");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.value4()).isEqualTo(team.id());
            assertThat(entry.value2() + entry.value3()).contains("otel-collector").doesNotContain(issued.secret());
        });
    }

    @Test
    void a_viewer_sees_the_keys_but_may_neither_create_nor_revoke_them() {
        IssuedIngestionKey issued = create(editor, new NewIngestionKey("batch-jobs", null, null));

        assertThat(fixtures.as(viewer, () -> keys.keys(team.id()))).extracting(IngestionKey::name).containsExactly("batch-jobs");
        assertThat(fixtures.as(viewer, () -> keys.canManage(team.id()))).isFalse();
        assertThat(fixtures.as(editor, () -> keys.canManage(team.id()))).isTrue();
        assertThatThrownBy(() -> create(viewer, new NewIngestionKey("mine", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> keys.revoke(team.id(), issued.key().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(authenticator.authenticate(issued.secret())).isPresent();
    }

    @Test
    void an_outsider_gets_not_found_exactly_like_for_a_team_or_key_that_does_not_exist() {
        IssuedIngestionKey issued = create(editor, new NewIngestionKey("gateway", null, null));
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        TeamId missingTeam = new TeamId(UUID.randomUUID());

        String foreign = notFoundMessage(() -> fixtures.as(outsider, () -> keys.keys(team.id())));
        assertThat(notFoundMessage(() -> fixtures.as(outsider, () -> keys.keys(missingTeam)))).isEqualTo(foreign);
        assertThat(notFoundMessage(() -> fixtures.as(outsider, () -> keys.revoke(team.id(), issued.key().id())))).isEqualTo(foreign);
        assertThat(notFoundMessage(() -> create(outsider, new NewIngestionKey("sneaky", null, null)))).isEqualTo(foreign);
        assertThatThrownBy(() -> fixtures.as(editor, () -> keys.revoke(team.id(), UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThat(authenticator.authenticate(issued.secret())).isPresent();
    }

    @Test
    void a_key_of_another_team_cannot_be_revoked_through_my_team() {
        Team other = fixtures.team("other");
        String foreignSecret = fixtures.ingestionKey(other);
        IngestionKey foreign = fixtures.asAdmin(() -> keys.keys(other.id())).getFirst();

        assertThatThrownBy(() -> fixtures.as(editor, () -> keys.revoke(team.id(), foreign.id()))).isInstanceOf(NotFoundException.class);
        assertThat(authenticator.authenticate(foreignSecret)).isPresent();
    }

    @Test
    void a_revoked_key_stops_working_at_once_and_stays_listed_as_revoked() {
        IssuedIngestionKey issued = create(editor, new NewIngestionKey("laptop", null, null));

        IngestionKey revoked = fixtures.as(editor, () -> keys.revoke(team.id(), issued.key().id()));
        IngestionKey again = fixtures.as(editor, () -> keys.revoke(team.id(), issued.key().id()));

        assertThat(authenticator.authenticate(issued.secret())).isEmpty();
        assertThat(revoked.status(clock.instant())).isEqualTo(IngestionKey.Status.REVOKED);
        assertThat(again.revokedAt()).isEqualTo(revoked.revokedAt());
        assertThat(fixtures.as(viewer, () -> keys.keys(team.id()))).singleElement()
                .satisfies(key -> assertThat(key.status(clock.instant())).isEqualTo(IngestionKey.Status.REVOKED));
    }

    @Test
    void a_key_expires_when_its_time_comes() {
        Instant expiry = clock.instant().plus(Duration.ofHours(2));
        IssuedIngestionKey issued = create(editor, new NewIngestionKey("trial", null, expiry));
        assertThat(authenticator.authenticate(issued.secret())).isPresent();

        clock.advance(Duration.ofHours(2));

        assertThat(authenticator.authenticate(issued.secret())).isEmpty();
        assertThat(fixtures.as(viewer, () -> keys.keys(team.id()))).singleElement()
                .satisfies(key -> assertThat(key.status(clock.instant())).isEqualTo(IngestionKey.Status.EXPIRED));
    }

    @Test
    void a_key_needs_a_name_a_model_of_its_own_team_and_an_expiry_in_the_future() {
        Model foreign = fixtures.model(fixtures.team("foreign"), "theirs");

        assertThat(invalidField(new NewIngestionKey("  ", null, null))).isEqualTo("name");
        assertThat(invalidField(new NewIngestionKey("x".repeat(81), null, null))).isEqualTo("name");
        assertThat(invalidField(new NewIngestionKey("ok", foreign.id(), null))).isEqualTo("modelId");
        assertThat(invalidField(new NewIngestionKey("ok", new ModelId(UUID.randomUUID()), null))).isEqualTo("modelId");
        assertThat(invalidField(new NewIngestionKey("ok", null, clock.instant().minusSeconds(1)))).isEqualTo("expiresAt");
        assertThat(fixtures.as(editor, () -> keys.keys(team.id()))).isEmpty();
        assertThat(create(editor, new NewIngestionKey("x".repeat(80), null, null)).key().name()).hasSize(80);
    }

    @Test
    void the_models_a_key_may_be_limited_to_are_the_teams_own() {
        fixtures.model(fixtures.team("foreign"), "theirs");

        assertThat(fixtures.as(editor, () -> keys.modelChoices(team.id()))).extracting(KeyModelChoice::id).containsExactly(model.id());
    }

    private IssuedIngestionKey create(UserAccount user, NewIngestionKey request) {
        return fixtures.as(user, () -> keys.create(team.id(), request));
    }

    private String invalidField(NewIngestionKey request) {
        try {
            create(editor, request);
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("accepted " + request);
    }

    private static String notFoundMessage(Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("no NotFoundException");
    }
}
