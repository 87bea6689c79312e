package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/**
 * Every user account, for ADMINs: search, create, edit, disable or enable, reset passwords, revoke API
 * tokens, and lift the sign-in lock of a user whom failed attempts (theirs or anyone's) have locked out.
 */
@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 20, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends Main {

    private final UserAdminService users;
    private final Clock clock;
    private final TextField search = new TextField("Search");
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserAdminService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("beacon-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");

        search.setPlaceholder("Username, name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button create = new Button("New user", VaadinIcon.PLUS.create(),
                event -> new NewUserDialog(users, this::created).openDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Display name").setFlexGrow(1);
        grid.addColumn(UserAccount::email).setHeader("Email").setFlexGrow(1).setTooltipGenerator(UserAccount::email);
        grid.addComponentColumn(user -> user.admin() ? SecurityBadges.admin() : new Span()).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(this::status).setKey("status").setHeader("Status").setAutoWidth(true);
        grid.addColumn(user -> UserTime.format(user.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> users.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> users.count(search.getValue()));
        grid.addItemDoubleClickListener(event -> edit(event.getItem()));
        grid.setEmptyStateComponent(new EmptyState("No users match", "Try a different part of the username, name or email."));
        grid.setSizeFull();
    }

    private Component status(UserAccount user) {
        HorizontalLayout status = new HorizontalLayout(SecurityBadges.enabled(user.enabled()));
        users.signInLockRemaining(user).ifPresent(remaining -> status.add(SecurityBadges.locked(remaining)));
        status.setSpacing(false);
        status.getStyle().set("gap", "var(--lumo-space-xs)");
        return status;
    }

    private Component actions(UserAccount user) {
        Button edit = action(VaadinIcon.EDIT, "Edit " + user.username(), () -> edit(user));
        Button toggle = user.enabled()
                ? action(VaadinIcon.BAN, "Disable " + user.username(), () -> confirmDisable(user))
                : action(VaadinIcon.CHECK_CIRCLE_O, "Enable " + user.username(), () -> setEnabled(user, true));
        Button reset = action(VaadinIcon.KEY_O, "Reset password of " + user.username(),
                () -> new ResetPasswordDialog(users, user).openDialog());
        Button tokens = action(VaadinIcon.CODE, "API tokens of " + user.username(),
                () -> new UserTokensDialog(users, user, clock).open());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset, tokens);
        if (users.signInLockRemaining(user).isPresent()) {
            actions.add(action(VaadinIcon.UNLOCK, "Unlock sign-in of " + user.username(), () -> confirmUnlock(user)));
        }
        actions.setSpacing(false);
        return actions;
    }

    /** An icon-only row action; its label is both the tooltip and the name screen readers announce. */
    private static Button action(VaadinIcon icon, String label, Runnable onClick) {
        Button button = new Button(icon.create(), event -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void edit(UserAccount user) {
        new EditUserDialog(users, users.get(user.id()), saved -> {
            Notifications.success("Saved " + saved.username());
            grid.getDataProvider().refreshAll();
        }).openDialog();
    }

    private void confirmDisable(UserAccount user) {
        ConfirmDialogs.confirmDestructive("Disable " + user.username() + "?",
                user.displayName() + " can no longer sign in, and their API tokens are revoked for good. "
                        + "Their team memberships stay, so enabling the account again restores their access "
                        + "(they create new tokens then).",
                "Disable user", () -> setEnabled(user, false));
    }

    private void confirmUnlock(UserAccount user) {
        ConfirmDialogs.confirm("Unlock sign-in of " + user.username() + "?",
                "Too many failed sign-in attempts locked this username. Unlocking lets " + user.displayName()
                        + " sign in right away; if someone else keeps guessing, the lock returns after a few more failures.",
                "Unlock", () -> {
                    users.unlockSignIn(user.id());
                    Notifications.success("Unlocked sign-in of " + user.username());
                    grid.getDataProvider().refreshAll();
                });
    }

    private void setEnabled(UserAccount user, boolean enabled) {
        try {
            users.setEnabled(user.id(), enabled);
            Notifications.success((enabled ? "Enabled " : "Disabled ") + user.username());
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private void created(UserAccount user) {
        Notifications.success("Created user " + user.username());
        search.setValue(user.username());
        grid.getDataProvider().refreshAll();
    }
}
