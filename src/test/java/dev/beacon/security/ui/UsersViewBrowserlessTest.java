package dev.beacon.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.ViewTest;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewBrowserlessTest extends ViewTest {

    @Test
    void admin_opens_the_users_page_and_finds_a_user_by_name() {
        UserAccount someone = fixtures.user("findme");
        signInAsAdmin();
        navigate(UsersView.class);

        test(findInView(TextField.class).withLabel("Search").single()).setValue(someone.username());

        @SuppressWarnings("unchecked")
        var grid = test((Grid<UserAccount>) findInView(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).username()).isEqualTo(someone.username());
    }

    @Test
    void team_owner_who_is_no_admin_is_refused_the_users_page_and_sees_not_found() {
        signIn(fixtures.memberOfNewTeam("owner", TeamRole.OWNER));

        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
        assertThat(findInView(H3.class).single().getText()).isEqualTo("Not found");
        assertThat(findInView(Grid.class).exists()).isFalse();
    }
}
