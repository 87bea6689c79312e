package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import dev.beacon.ViewTest;
import dev.beacon.security.AccountService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserProfile;
import dev.beacon.shared.ui.UserTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AccountViewBrowserlessTest extends ViewTest {

    @Autowired
    private AccountService accounts;

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
}
