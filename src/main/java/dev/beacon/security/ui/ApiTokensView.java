package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.beacon.security.AccountService;
import dev.beacon.security.ApiToken;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;

/**
 * The user's personal API tokens: create one (its secret is shown once, and creating asks for the
 * password), see when each was used and when it expires, revoke.
 */
@Route("account/tokens")
@PageTitle("API tokens")
@PermitAll
class ApiTokensView extends Main {

    private final AccountService accounts;
    private final ApiTokenGrid grid;

    ApiTokensView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.grid = new ApiTokenGrid(clock, this::confirmRevoke);
        addClassName("beacon-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");

        Paragraph intro = new Paragraph("Scripts and tools use a personal API token to call Beacon's REST API "
                + "with your rights. Create one token per tool, so you can revoke them one by one. "
                + "Every token expires: create its successor before then.");
        intro.getStyle().set("margin", "0").set("max-width", "60em");
        Button create = createButton("Create token");
        HorizontalLayout header = new HorizontalLayout(intro, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(header, grid, usage());
        refresh();
    }

    private void configureGrid() {
        grid.setEmptyStateComponent(new EmptyState("No API tokens",
                "Create a token to call Beacon's REST API from scripts, CI pipelines or monitoring tools.",
                createButton("Create your first token")));
    }

    private Button createButton(String text) {
        Button create = new Button(text, VaadinIcon.PLUS.create(),
                event -> new CreateTokenDialog(accounts, issued -> {
                    refresh();
                    new TokenSecretDialog(issued).open();
                }).openDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialogs.confirmDestructive("Revoke token \"" + token.name() + "\"?",
                "Anything that uses it gets \"401 Unauthorized\" from now on. This cannot be undone.",
                "Revoke token", () -> {
                    try {
                        accounts.revokeToken(token.id());
                        Notifications.success("Revoked token " + token.name());
                    } catch (NotFoundException e) {
                        Notifications.info("The token " + token.name() + " was already revoked");
                    }
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(accounts.myTokens());
    }

    private static Component usage() {
        Pre example = new Pre("curl -H \"Authorization: Bearer <token>\" " + apiBaseUrl() + "/models");
        example.addClassName("beacon-code");
        Div usage = new Div(new Paragraph("Use a token like this:"), example);
        usage.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return usage;
    }

    /** The address of the REST API as the browser reaches this server (proxies included). */
    private static String apiBaseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String base = request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
        return base + "/api/v1";
    }
}
