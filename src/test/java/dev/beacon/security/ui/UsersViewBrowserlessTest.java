package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.ViewTest;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewBrowserlessTest extends ViewTest {

    @Autowired
    private UserAdminService users;

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
    void a_locked_user_shows_a_locked_badge_and_an_unlock_action_that_asks_first_and_lifts_the_lock() {
        UserAccount locked = fixtures.user("locked");
        fixtures.lockOut(locked);
        signInAsAdmin();
        navigate(UsersView.class);
        var grid = gridFilteredTo(locked);

        assertThat(grid.getCellComponent(0, "status").getElement().getTextRecursively())
                .startsWith("Enabled").contains("Locked · 15 min");
        Button unlock = actionNamed(grid, "Unlock sign-in of " + locked.username());
        test(unlock).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Unlock sign-in of " + locked.username() + "?");
        test(confirm).cancel();
        assertThat(fixtures.asAdmin(() -> users.signInLockRemaining(locked))).as("cancelled: still locked").isPresent();

        test(actionNamed(grid, "Unlock sign-in of " + locked.username())).click();
        test(find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single()).confirm();

        assertThat(fixtures.asAdmin(() -> users.signInLockRemaining(locked))).isEmpty();
        assertThat(grid.getCellComponent(0, "status").getElement().getTextRecursively()).doesNotContain("Locked");
        assertThat(ariaLabels(grid)).doesNotContain("Unlock sign-in of " + locked.username());
    }

    @Test
    void a_user_who_is_not_locked_shows_no_locked_badge_and_no_unlock_action() {
        UserAccount someone = fixtures.user("free");
        signInAsAdmin();
        navigate(UsersView.class);
        var grid = gridFilteredTo(someone);

        assertThat(grid.getCellComponent(0, "status").getElement().getTextRecursively()).isEqualTo("Enabled");
        assertThat(ariaLabels(grid)).contains("Edit " + someone.username()).doesNotContain("Unlock sign-in of " + someone.username());
    }

    @Test
    void team_owner_who_is_no_admin_is_refused_the_users_page_and_sees_not_found() {
        signIn(fixtures.memberOfNewTeam("owner", TeamRole.OWNER));

        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
        assertThat(findInView(H3.class).single().getText()).isEqualTo("Not found");
        assertThat(findInView(Grid.class).exists()).isFalse();
    }

    private GridTester<Grid<UserAccount>, UserAccount> gridFilteredTo(UserAccount user) {
        test(findInView(TextField.class).withLabel("Search").single()).setValue(user.username());
        @SuppressWarnings("unchecked")
        var grid = test((Grid<UserAccount>) findInView(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        return grid;
    }

    private static List<String> ariaLabels(GridTester<Grid<UserAccount>, UserAccount> grid) {
        return grid.getCellComponent(0, "actions").getChildren()
                .map(action -> action.getElement().getAttribute("aria-label")).toList();
    }

    private static Button actionNamed(GridTester<Grid<UserAccount>, UserAccount> grid, String label) {
        return grid.getCellComponent(0, "actions").getChildren()
                .filter(action -> label.equals(action.getElement().getAttribute("aria-label")))
                .map(Button.class::cast).findFirst().orElseThrow();
    }
}
