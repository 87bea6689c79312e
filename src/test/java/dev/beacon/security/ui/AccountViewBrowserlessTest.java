package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.security.AccountService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserProfile;
import dev.beacon.shared.ui.UserTime;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.ZoneId;

import static dev.beacon.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

class AccountViewBrowserlessTest extends ViewTest {

    @Autowired
    private AccountService accounts;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private DSLContext db;

    @Test
    void saving_a_time_zone_makes_beacon_show_times_in_that_zone() {
        UserAccount user = fixtures.user("zone");
        signIn(user);
        navigate(AccountView.class);
        assertThat(UserTime.zone()).isEqualTo(ZoneId.of("UTC"));

        test(findInView(TimeZoneField.class).single()).selectItem("Asia/Tokyo");
        test(findInView(Button.class).withText("Save profile").single()).click();

        assertThat(UserTime.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(findInView(TimeZoneField.class).single().getHelperText()).isEqualTo("Beacon shows times in Asia/Tokyo");
        assertThat(fixtures.as(user, () -> accounts.myAccount()).timeZone()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void a_new_password_of_forty_umlauts_is_marked_as_more_than_72_bytes_and_the_old_one_still_works() {
        UserAccount user = fixtures.user("umlauts");
        signIn(user);
        navigate(AccountView.class);

        test(findInView(PasswordField.class).withLabel("Current password").single()).setValue(TestFixtures.PASSWORD);
        PasswordField newPassword = findInView(PasswordField.class).withLabel("New password").single();
        test(newPassword).setValue(TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES);
        test(findInView(PasswordField.class).withLabel("Repeat new password").single()).setValue(TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES);
        test(findInView(Button.class).withText("Change password").single()).click();

        assertThat(newPassword.isInvalid()).isTrue();
        assertThat(newPassword.getErrorMessage()).startsWith("Use at most 72 bytes");
        assertThat(passwordEncoder.matches(TestFixtures.PASSWORD, passwordHash(user))).isTrue();
    }

    @Test
    void choosing_to_follow_the_browser_again_stops_using_the_saved_zone() {
        UserAccount user = fixtures.user("browser");
        fixtures.as(user, () -> accounts.updateProfile(user.version(),
                new UserProfile(user.displayName(), user.email(), "America/Chicago")));
        signIn(user);
        navigate(AccountView.class);
        assertThat(UserTime.zone()).isEqualTo(ZoneId.of("America/Chicago"));

        test(findInView(TimeZoneField.class).single()).selectItem("Follow my browser");
        test(findInView(Button.class).withText("Save profile").single()).click();

        // The simulated browser reports no zone, so Beacon falls back to UTC.
        assertThat(UserTime.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(fixtures.as(user, () -> accounts.myAccount()).timeZone()).isNull();
    }

    private String passwordHash(UserAccount user) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_ID.eq(user.id())).fetchSingle().value1();
    }
}
