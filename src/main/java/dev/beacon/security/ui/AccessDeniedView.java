package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import dev.beacon.shared.ui.EmptyState;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a signed-in user opens something their role does not allow, e.g. a VIEWER's edit URL. */
@PageTitle("Not allowed")
@PermitAll
@ParentLayout(MainLayout.class)
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        addClassName("beacon-page");
        add(new EmptyState("Not allowed", parameter.getException().getMessage(),
                new Anchor("models", "Go to the models list")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
