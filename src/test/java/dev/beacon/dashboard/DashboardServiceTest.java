package dev.beacon.dashboard;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static dev.beacon.dashboard.SharedDashboardTestData.dashboard;
import static dev.beacon.dashboard.SharedDashboardTestData.latencyLine;
import static dev.beacon.dashboard.SharedDashboardTestData.requestsStat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DashboardServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    DashboardService dashboards;
    @Autowired
    AuditService audit;

    Team team;
    UserAccount editor;
    UserAccount viewer;
    UserAccount outsider;
    Model model;

    @BeforeEach
    void aTeamWithAnEditorAViewerAndAModel() {
        team = fixtures.team("dash");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        model = fixtures.model(team, "llm");
    }

    @Test
    void an_editor_creates_a_dashboard_that_a_viewer_of_the_team_reads_but_may_not_change() {
        Dashboard created = fixtures.as(editor, () -> dashboards.create(team.id(),
                dashboard("ops", Visibility.TEAM, latencyLine(model), requestsStat(model))));

        Dashboard seen = fixtures.as(viewer, () -> dashboards.get(created.id()));

        assertThat(seen.panels()).extracting(Panel::chart).containsExactly(ChartType.LINE, ChartType.STAT);
        assertThat(seen.panels().getFirst().models()).extracting(ModelRef::name).containsExactly(model.data().name());
        assertThat(seen.editable()).isFalse();
        assertThat(fixtures.as(editor, () -> dashboards.get(created.id())).editable()).isTrue();
        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.update(created.id(), seen.version(), seen.toDefinition().withName("mine"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.delete(created.id(), seen.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.create(team.id(), dashboard("own", Visibility.TEAM))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void for_someone_outside_the_team_a_team_dashboard_does_not_exist_exactly_like_a_missing_one() {
        Dashboard created = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("private", Visibility.TEAM, latencyLine(model))));
        DashboardId missing = new DashboardId(UUID.randomUUID());

        for (DashboardId id : List.of(created.id(), missing)) {
            assertThatThrownBy(() -> fixtures.as(outsider, () -> dashboards.get(id)))
                    .isInstanceOf(NotFoundException.class).hasMessage("Dashboard not found");
            assertThatThrownBy(() -> fixtures.as(outsider, () -> dashboards.update(id, 0, dashboard("x", Visibility.TEAM))))
                    .isInstanceOf(NotFoundException.class).hasMessage("Dashboard not found");
            assertThatThrownBy(() -> fixtures.as(outsider, () -> dashboards.delete(id, 0)))
                    .isInstanceOf(NotFoundException.class).hasMessage("Dashboard not found");
            assertThatThrownBy(() -> fixtures.as(outsider, () -> dashboards.duplicate(id, team.id(), "copy")))
                    .isInstanceOf(NotFoundException.class).hasMessage("Dashboard not found");
        }
        assertThat(fixtures.as(outsider, () -> dashboards.list("", false))).extracting(DashboardListItem::id)
                .doesNotContain(created.id());
    }

    @Test
    void a_dashboard_shared_with_everyone_is_read_only_for_other_teams_and_hides_the_models_they_cannot_see() {
        Dashboard shared = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("shared", Visibility.EVERYONE,
                latencyLine(model))));

        Dashboard seen = fixtures.as(outsider, () -> dashboards.get(shared.id()));

        assertThat(seen.editable()).isFalse();
        assertThat(seen.panels().getFirst().models()).isEmpty();
        assertThat(seen.panels().getFirst().hiddenModels()).isEqualTo(1);
        assertThat(fixtures.as(outsider, () -> dashboards.list(shared.name(), false))).extracting(DashboardListItem::id)
                .containsExactly(shared.id());
        assertThatThrownBy(() -> fixtures.as(outsider, () -> dashboards.update(shared.id(), seen.version(), seen.toDefinition())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void second_editor_gets_a_conflict_instead_of_overwriting() {
        UserAccount otherEditor = fixtures.user("editor2");
        fixtures.member(team, otherEditor, TeamRole.EDITOR);
        Dashboard created = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("race", Visibility.TEAM, latencyLine(model))));
        Dashboard readByOther = fixtures.as(otherEditor, () -> dashboards.get(created.id()));

        fixtures.as(editor, () -> dashboards.update(created.id(), created.version(), created.toDefinition().withName(created.name() + " first")));

        assertThatThrownBy(() -> fixtures.as(otherEditor, () -> dashboards.update(created.id(), readByOther.version(),
                readByOther.toDefinition().withName(created.name() + " second"))))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("changed by someone else");
        assertThat(fixtures.as(viewer, () -> dashboards.get(created.id())).name()).isEqualTo(created.name() + " first");
    }

    @Test
    void duplicating_copies_the_panels_into_another_team_and_leaves_out_models_the_user_cannot_see() {
        Team otherTeam = fixtures.team("other");
        Model otherModel = fixtures.model(otherTeam, "other-llm");
        UserAccount both = fixtures.user("both");
        fixtures.member(team, both, TeamRole.EDITOR);
        fixtures.member(otherTeam, both, TeamRole.EDITOR);
        Dashboard source = fixtures.as(both, () -> dashboards.create(team.id(), dashboard("source", Visibility.TEAM,
                latencyLine(model, otherModel), requestsStat(otherModel))));
        Team thirdTeam = fixtures.team("third");
        fixtures.member(thirdTeam, editor, TeamRole.EDITOR);

        Dashboard copy = fixtures.as(editor, () -> dashboards.duplicate(source.id(), thirdTeam.id(), ""));

        assertThat(copy.team()).isEqualTo(thirdTeam.id());
        assertThat(copy.name()).isEqualTo("Copy of " + source.name());
        assertThat(copy.panels()).singleElement().satisfies(panel -> {
            assertThat(panel.models()).extracting(ModelRef::id).containsExactly(model.id());
            assertThat(panel.hiddenModels()).isZero();
        });
        assertThat(fixtures.as(both, () -> dashboards.get(source.id())).panels()).hasSize(2);
    }

    @Test
    void a_panel_keeps_the_models_its_editor_cannot_see_and_an_editor_cannot_add_such_a_model() {
        Team otherTeam = fixtures.team("other");
        Model hidden = fixtures.model(otherTeam, "hidden");
        UserAccount both = fixtures.user("both");
        fixtures.member(team, both, TeamRole.EDITOR);
        fixtures.member(otherTeam, both, TeamRole.VIEWER);
        Dashboard created = fixtures.as(both, () -> dashboards.create(team.id(), dashboard("mixed", Visibility.TEAM,
                latencyLine(model, hidden))));

        Dashboard seenByEditor = fixtures.as(editor, () -> dashboards.get(created.id()));
        assertThat(seenByEditor.panels().getFirst().models()).extracting(ModelRef::id).containsExactly(model.id());
        Dashboard saved = fixtures.as(editor, () -> dashboards.update(created.id(), seenByEditor.version(),
                seenByEditor.toDefinition().withName(created.name() + " renamed")));

        assertThat(fixtures.as(both, () -> dashboards.get(saved.id())).panels().getFirst().models())
                .extracting(ModelRef::id).containsExactly(model.id(), hidden.id());
        PanelData addsHidden = latencyLine(model, hidden);
        assertThatThrownBy(() -> fixtures.as(editor, () -> dashboards.update(saved.id(), saved.version(),
                saved.toDefinition().withPanels(List.of(saved.toDefinition().panels().getFirst(), addsHidden)))))
                .isInstanceOf(InvalidDashboardException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).asFieldErrors())
                        .containsEntry("panels[1].models", "No model you can see has the id " + hidden.id()));
    }

    @Test
    void a_heat_map_of_request_counts_is_refused_naming_the_panel_and_field() {
        PanelData heatmapOfRequests = new PanelData(null, "", PanelMetric.REQUESTS, null, Aggregation.DISTRIBUTION,
                ChartType.HEATMAP, 6, 3, List.of(model.id()));
        PanelData noModels = PanelData.of("", PanelMetric.LATENCY, Aggregation.P50, ChartType.LINE, List.of());

        assertThatThrownBy(() -> fixtures.as(editor, () -> dashboards.create(team.id(),
                dashboard("bad", Visibility.TEAM, latencyLine(model), heatmapOfRequests, noModels))))
                .isInstanceOf(InvalidDashboardException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).asFieldErrors())
                        .containsOnlyKeys("panels[1].chart", "panels[2].models"));
        assertThat(fixtures.as(editor, () -> dashboards.list("bad", false))).isEmpty();
    }

    @Test
    void creating_changing_sharing_and_deleting_are_audited_with_the_team() {
        Dashboard created = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("audited", Visibility.TEAM, latencyLine(model))));
        Dashboard shared = fixtures.as(editor, () -> dashboards.update(created.id(), created.version(),
                new DashboardDefinition(created.name(), "Now for everyone", Visibility.EVERYONE, created.toDefinition().panels())));
        fixtures.as(editor, () -> dashboards.delete(shared.id(), shared.version()));

        List<AuditEntry> entries = fixtures.asAdmin(() -> audit.find(new AuditFilter(team.id(), created.name(), "Dashboard"), 0, 10));

        assertThat(entries).extracting(AuditEntry::action).containsExactly("DELETED", "SHARED", "UPDATED", "CREATED");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.team()).isEqualTo(team.id());
            assertThat(entry.actorName()).isEqualTo(editor.username());
        });
        assertThat(entries.get(1).summary()).contains("read-only with everyone signed in");
        assertThat(entries.getLast().after()).contains("latency p95 line 6×3, 1 model");
    }

    @Test
    void an_editor_cannot_create_a_dashboard_in_a_team_they_are_not_in() {
        Team otherTeam = fixtures.team("foreign");

        assertThatThrownBy(() -> fixtures.as(editor, () -> dashboards.create(otherTeam.id(), dashboard("intruder", Visibility.TEAM))))
                .isInstanceOf(NotFoundException.class);
    }
}
