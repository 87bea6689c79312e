package dev.beacon.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.security.AccountService;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own profile and password; reached from the user menu. */
@Route("account")
@PageTitle("Account")
@PermitAll
class AccountView extends Main {

    AccountView(AccountService accounts) {
        addClassName("beacon-page");
        getStyle().set("max-width", "720px");
        add(section("Profile", new ProfileForm(accounts)), section("Change password", new PasswordForm(accounts)));
    }

    private static Section section(String title, com.vaadin.flow.component.Component content) {
        H2 heading = new H2(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Section section = new Section(heading, content);
        section.getStyle().set("margin-bottom", "var(--lumo-space-xl)");
        return section;
    }
}
