package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.security.ApiToken;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.UserTime;

import java.time.Clock;
import java.util.function.Consumer;

/** API tokens as their owner and ADMINs see them: name, prefix, dates, and a button that revokes each. */
class ApiTokenGrid extends Grid<ApiToken> {

    private final Clock clock;

    ApiTokenGrid(Clock clock, Consumer<ApiToken> onRevoke) {
        this.clock = clock;
        addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        addComponentColumn(token -> {
            Span prefix = new Span(token.prefix());
            prefix.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            return prefix;
        }).setHeader("Starts with").setAutoWidth(true);
        addColumn(token -> UserTime.format(token.createdAt())).setHeader("Created").setAutoWidth(true);
        addComponentColumn(this::expiry).setHeader("Expires").setAutoWidth(true);
        addColumn(token -> token.lastUsedAt() == null ? "Never" : UserTime.format(token.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        addComponentColumn(token -> revokeButton(token, onRevoke)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        setAllRowsVisible(true);
    }

    private Component expiry(ApiToken token) {
        if (!token.expiresAt().isAfter(clock.instant())) {
            return new Span(new Span(UserTime.format(token.expiresAt()) + " "), Badges.badge("Expired", Badges.Tone.ERROR));
        }
        return new Span(UserTime.format(token.expiresAt()));
    }

    private static Component revokeButton(ApiToken token, Consumer<ApiToken> onRevoke) {
        Button revoke = new Button("Revoke", VaadinIcon.BAN.create(), event -> onRevoke.accept(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel("Revoke token " + token.name());
        return revoke;
    }
}
