package dev.beacon.registry;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static dev.beacon.jooq.Tables.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@IntegrationTest
class ModelServiceAccessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelService models;
    @Autowired
    TeamService teams;
    @Autowired
    DSLContext db;

    Team teamA;
    Team teamB;
    UserAccount ownerOfA;
    Model modelOfA;
    Model modelOfB;

    @BeforeEach
    void twoTeamsWithAModelEach() {
        teamA = fixtures.team("team-a");
        teamB = fixtures.team("team-b");
        ownerOfA = fixtures.user("owner-a");
        fixtures.member(teamA, ownerOfA, TeamRole.OWNER);
        modelOfA = fixtures.model(teamA, "model-a");
        modelOfB = fixtures.asAdmin(() -> models.register(teamB.id(),
                RecordCopy.with(TestFixtures.modelData(TestFixtures.unique("model-b")), "tags", List.of("only-in-b"))));
    }

    @Test
    void another_teams_model_is_not_found_exactly_like_a_model_that_does_not_exist() {
        ModelId missing = new ModelId(UUID.randomUUID());
        ModelId foreign = modelOfB.id();

        assertSameNotFound(() -> models.get(foreign), () -> models.get(missing));
        assertSameNotFound(() -> models.history(foreign), () -> models.history(missing));
        assertSameNotFound(() -> models.myRole(foreign), () -> models.myRole(missing));
        assertSameNotFound(() -> models.update(foreign, modelOfB.version(), renamed(modelOfB), null),
                () -> models.update(missing, 0, renamed(modelOfB), null));
        assertSameNotFound(() -> models.delete(foreign, modelOfB.version()), () -> models.delete(missing, 0));

        assertThat(fixtures.asAdmin(() -> models.get(foreign))).isEqualTo(modelOfB);
    }

    @Test
    void lists_and_counts_contain_only_the_users_teams_models() {
        var everything = ModelFilter.none();

        var listed = fixtures.as(ownerOfA, () -> models.find(everything, ModelSort.NAME, true, 0, 1000));

        assertThat(listed).extracting(ModelListItem::team).containsOnly(teamA.id());
        assertThat(listed).extracting(ModelListItem::id).containsExactly(modelOfA.id());
        assertThat(fixtures.as(ownerOfA, () -> models.count(everything))).isEqualTo(1);
        assertThat(fixtures.as(ownerOfA, () -> models.knownTags())).contains("test").doesNotContain("only-in-b");
        assertThat(fixtures.asAdmin(() -> models.knownTags())).contains("test", "only-in-b");
        assertThat(fixtures.as(ownerOfA, () -> models.teamsICanSee())).extracting(TeamChoice::id).containsExactly(teamA.id());
    }

    @Test
    void filtering_by_another_teams_id_finds_nothing() {
        var onlyTeamB = new ModelFilter(teamB.id(), null, null, null, null);

        assertThat(fixtures.as(ownerOfA, () -> models.find(onlyTeamB, ModelSort.NAME, true, 0, 50))).isEmpty();
        assertThat(fixtures.as(ownerOfA, () -> models.count(onlyTeamB))).isZero();
        assertThat(fixtures.asAdmin(() -> models.count(onlyTeamB))).isEqualTo(1);
    }

    @Test
    void registering_into_another_team_is_refused_as_not_found_and_writes_nothing() {
        int before = db.fetchCount(MODEL, MODEL.TEAM_ID.eq(teamB.id()));

        Throwable thrown = catchThrowable(() -> fixtures.as(ownerOfA, () ->
                models.register(teamB.id(), TestFixtures.modelData(TestFixtures.unique("intruder")))));

        assertThat(thrown).isInstanceOf(NotFoundException.class).hasMessage("Team not found");
        assertThat(db.fetchCount(MODEL, MODEL.TEAM_ID.eq(teamB.id()))).isEqualTo(before);
        assertThat(fixtures.as(ownerOfA, () -> models.teamsICanEditIn())).extracting(TeamChoice::id).containsExactly(teamA.id());
    }

    @Test
    void a_viewer_reads_the_model_but_cannot_change_it() {
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(teamA, viewer, TeamRole.VIEWER);

        assertThat(fixtures.as(viewer, () -> models.get(modelOfA.id()))).isEqualTo(modelOfA);
        assertThat(fixtures.as(viewer, () -> models.history(modelOfA.id()))).hasSize(1);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> models.update(modelOfA.id(), modelOfA.version(), renamed(modelOfA), null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Editor role");
        assertThatThrownBy(() -> fixtures.as(viewer, () -> models.register(teamA.id(), TestFixtures.modelData(TestFixtures.unique("v")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(viewer, () -> models.teamsICanEditIn())).isEmpty();
        assertThat(fixtures.asAdmin(() -> models.get(modelOfA.id()))).isEqualTo(modelOfA);
    }

    @Test
    void an_editor_changes_the_model_but_cannot_delete_it() {
        UserAccount editor = fixtures.user("editor");
        fixtures.member(teamA, editor, TeamRole.EDITOR);

        Model updated = fixtures.as(editor, () -> models.update(modelOfA.id(), modelOfA.version(), renamed(modelOfA), null));

        assertThat(updated.data().name()).isEqualTo(renamed(modelOfA).name());
        assertThat(updated.updatedBy()).isEqualTo(editor.username());
        assertThatThrownBy(() -> fixtures.as(editor, () -> models.delete(modelOfA.id(), updated.version())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Owner role");
        assertThat(db.fetchExists(MODEL, MODEL.MODEL_ID.eq(modelOfA.id()))).isTrue();
    }

    @Test
    void an_owner_deletes_the_model_for_good() {
        fixtures.as(ownerOfA, () -> models.delete(modelOfA.id(), modelOfA.version()));

        assertThat(db.fetchExists(MODEL, MODEL.MODEL_ID.eq(modelOfA.id()))).isFalse();
        assertThatThrownBy(() -> fixtures.as(ownerOfA, () -> models.get(modelOfA.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_admin_sees_and_lists_every_teams_models() {
        var both = fixtures.asAdmin(() -> models.find(new ModelFilter(null, null, null, null, null), ModelSort.NAME, true, 0, 100_000));

        assertThat(both).extracting(ModelListItem::id).contains(modelOfA.id(), modelOfB.id());
        assertThat(fixtures.asAdmin(() -> models.myRole(modelOfB.id()))).isEqualTo(TeamRole.OWNER);
    }

    @Test
    void a_removed_member_loses_access_at_once() {
        UserAccount editor = fixtures.user("leaving");
        fixtures.member(teamA, editor, TeamRole.EDITOR);
        assertThat(fixtures.as(editor, () -> models.get(modelOfA.id()))).isEqualTo(modelOfA);

        fixtures.as(ownerOfA, () -> teams.removeMember(teamA.id(), editor.id()));

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.get(modelOfA.id()))).isInstanceOf(NotFoundException.class);
    }

    private void assertSameNotFound(Runnable foreign, Runnable missing) {
        Throwable whenForeign = catchThrowable(() -> fixtures.as(ownerOfA, foreign));
        Throwable whenMissing = catchThrowable(() -> fixtures.as(ownerOfA, missing));

        assertThat(whenForeign).isInstanceOf(NotFoundException.class);
        assertThat(whenMissing).isInstanceOf(NotFoundException.class);
        assertThat(whenForeign).hasMessage(whenMissing.getMessage());
        assertThat(whenForeign.getMessage()).doesNotContain(modelOfB.data().name(), teamB.name());
    }

    private static ModelData renamed(Model model) {
        return RecordCopy.with(model.data(), "name", model.data().name() + "-renamed");
    }
}
