package dev.beacon.security.ui;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.beacon.ViewTest;
import dev.beacon.security.TeamRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutBrowserlessTest extends ViewTest {

    @Test
    void admin_sees_users_and_audit_log_in_the_menu() {
        signInAsAdmin();
        navigate(TeamsView.class);

        assertThat(menu()).contains("Models", "Teams", "Users", "Audit log");
    }

    @Test
    void team_owner_sees_the_audit_log_but_not_users() {
        signIn(fixtures.memberOfNewTeam("owner", TeamRole.OWNER));
        navigate(TeamsView.class);

        assertThat(menu()).contains("Models", "Teams", "Audit log").doesNotContain("Users");
    }

    @Test
    void editor_who_owns_no_team_sees_neither_users_nor_the_audit_log() {
        signIn(fixtures.memberOfNewTeam("editor", TeamRole.EDITOR));
        navigate(TeamsView.class);

        assertThat(menu()).contains("Models", "Teams").doesNotContain("Users", "Audit log");
    }

    @Test
    void the_fleet_overview_comes_first_in_the_menu_and_the_models_list_next() {
        signIn(fixtures.memberOfNewTeam("viewer", TeamRole.VIEWER));
        navigate(TeamsView.class);

        assertThat(menu()).startsWith("Fleet", "Models");
    }

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
