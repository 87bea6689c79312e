package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for anything that does not exist or that the user may not see. Both look the same on
 * purpose, so a URL guessed from another team reveals nothing.
 */
@PageTitle("Not found")
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("beacon-page");
        add(content());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static EmptyState content() {
        return new EmptyState("Not found", "This page does not exist, or you do not have access to it.",
                new Anchor("models", "Go to the models list"));
    }
}
