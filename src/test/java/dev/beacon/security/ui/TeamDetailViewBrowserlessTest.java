package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import dev.beacon.ViewTest;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TeamDetailViewBrowserlessTest extends ViewTest {

    private Team team;
    private UserAccount owner;
    private UserAccount viewer;

    @BeforeEach
    void teamWithAnOwnerAndAViewer() {
        team = fixtures.team("members");
        owner = fixtures.user("owner");
        viewer = fixtures.user("viewer");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    @Test
    void owner_is_offered_add_member_edit_team_and_a_role_select_for_every_member() {
        signIn(owner);
        navigate("teams/" + team.id(), TeamDetailView.class);

        assertThat(buttons()).contains("Add member", "Edit team");
        assertThat(roleSelects()).containsExactlyInAnyOrder("Role of " + owner.username(), "Role of " + viewer.username());
    }

    @Test
    void viewer_is_offered_no_member_management_and_no_role_selects() {
        signIn(viewer);
        navigate("teams/" + team.id(), TeamDetailView.class);

        assertThat(findInView(TeamMembers.class).exists()).isTrue();
        assertThat(buttons()).doesNotContain("Add member", "Edit team");
        assertThat(roleSelects()).isEmpty();
    }

    private List<String> buttons() {
        return findInView(Button.class).all().stream().map(Button::getText).toList();
    }

    /** Cells are rendered per row on demand: read them through the grid tester, as the browser would ask for them. */
    private List<String> roleSelects() {
        var grid = test(findInView(TeamMembers.class).single());
        int role = IntStream.range(0, grid.getComponent().getColumns().size())
                .filter(column -> "Role".equals(grid.getHeaderCell(column))).findFirst().orElseThrow();
        return IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellComponent(row, role))
                .filter(Select.class::isInstance)
                .map(select -> ((Select<?>) select).getAriaLabel().orElseThrow())
                .toList();
    }
}
