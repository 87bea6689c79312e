package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.security.UserProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

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

        var grid = usersGrid();
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).username()).isEqualTo(someone.username());
    }

    @Test
    void a_new_users_password_of_forty_umlauts_is_marked_as_more_than_72_bytes_and_nobody_is_created() {
        String username = TestFixtures.unique("umlaut").toLowerCase();
        signInAsAdmin();
        navigate(UsersView.class);

        test(findInView(Button.class).withText("New user").single()).click();
        test(find(TextField.class).withLabel("Username").single()).setValue(username);
        test(find(TextField.class).withLabel("Display name").single()).setValue("Ümit Üzüm");
        test(find(EmailField.class).withLabel("Email").single()).setValue(username + "@example.org");
        PasswordField password = find(PasswordField.class).withLabel("Initial password").single();
        test(password).setValue(TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES);
        test(find(Button.class).withText("Create user").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Use at most 72 bytes: that is 72 plain letters");
        assertThat(fixtures.asAdmin(() -> users.find(username, 0, 10))).isEmpty();
    }

    @Test
    void a_reset_to_forty_umlauts_is_marked_on_the_password_field() {
        UserAccount someone = fixtures.user("reset");
        signInAsAdmin();
        navigate(UsersView.class);
        test(findInView(TextField.class).withLabel("Search").single()).setValue(someone.username());

        rowAction(0, "Reset password of " + someone.username()).click();
        PasswordField password = find(PasswordField.class).withLabel("New password").single();
        test(password).setValue(TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES);
        test(find(Button.class).withText("Reset password").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Use at most 72 bytes");
    }

    @Test
    void admin_saving_a_user_another_admin_just_changed_is_offered_reload_or_keep_editing() {
        UserAccount someone = fixtures.user("contended");
        signInAsAdmin();
        navigate(UsersView.class);
        test(findInView(TextField.class).withLabel("Search").single()).setValue(someone.username());
        usersGrid().doubleClickRow(0);
        fixtures.asAdmin(() -> users.update(someone.id(), someone.version(),
                new UserProfile("Renamed Meanwhile", someone.email(), null), false));

        test(find(TextField.class).withLabel("Display name").single()).setValue("My Edit");
        test(find(Button.class).withText("Save changes").single()).click();

        ConfirmDialog conflict = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Changed by someone else");
        assertThat(conflict.getElement().getProperty("confirmText")).isEqualTo("Reload");
        assertThat(conflict.getElement().getProperty("cancelText")).isEqualTo("Keep editing");
        assertThat(find(TextField.class).withLabel("Display name").single().getValue()).isEqualTo("My Edit");
        assertThat(fixtures.asAdmin(() -> users.get(someone.id())).displayName()).isEqualTo("Renamed Meanwhile");
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
        assertThat(findInView(Anchor.class).single().getHref()).as("the models list, not the home page").isEqualTo("models");
        assertThat(findInView(Grid.class).exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<UserAccount>, UserAccount> usersGrid() {
        return test((Grid<UserAccount>) findInView(Grid.class).single());
    }

    /** One of the icon buttons in a row's "Actions" cell, by the label screen readers announce. */
    private Button rowAction(int row, String label) {
        var grid = usersGrid();
        int actions = IntStream.range(0, grid.getComponent().getColumns().size())
                .filter(column -> grid.getHeaderCell(column).equals("Actions")).findFirst().orElseThrow();
        return grid.getCellComponent(row, actions).getChildren()
                .map(Button.class::cast)
                .filter(button -> button.getAriaLabel().orElse("").equals(label))
                .findFirst().orElseThrow();
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
