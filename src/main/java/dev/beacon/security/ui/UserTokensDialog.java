package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.beacon.security.ApiToken;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;

import java.time.Clock;

/** Lets an ADMIN see a user's API tokens and revoke any of them, e.g. one that leaked. */
class UserTokensDialog extends Dialog {

    private final UserAdminService users;
    private final UserAccount user;
    private final ApiTokenGrid grid;

    UserTokensDialog(UserAdminService users, UserAccount user, Clock clock) {
        this.users = users;
        this.user = user;
        this.grid = new ApiTokenGrid(clock, this::confirmRevoke);
        setHeaderTitle("API tokens of " + user.username());
        setWidth("min(60rem, 95vw)");
        Paragraph hint = new Paragraph("Tokens act with " + user.displayName() + "'s rights. "
                + "Disabling the user or resetting their password revokes all of them.");
        hint.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        grid.setEmptyStateComponent(new EmptyState("No API tokens", user.username() + " has no API token that works."));
        add(hint, grid);
        getFooter().add(new Button("Close", event -> close()));
        refresh();
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialogs.confirmDestructive("Revoke token \"" + token.name() + "\" of " + user.username() + "?",
                "Anything that uses it gets \"401 Unauthorized\" from now on. This cannot be undone.",
                "Revoke token", () -> {
                    try {
                        users.revokeToken(user.id(), token.id());
                        Notifications.success("Revoked token " + token.name() + " of " + user.username());
                    } catch (NotFoundException e) {
                        Notifications.info("The token " + token.name() + " was already revoked");
                    }
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(users.tokensOf(user.id()));
    }
}
