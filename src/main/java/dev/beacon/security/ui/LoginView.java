package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.beacon.security.internal.LoginThrottledException;
import dev.beacon.shared.ui.Notifications;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Beacon")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("beacon-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        add(form);
        getStyle().set("display", "flex").set("justify-content", "center").set("align-items", "center")
                .set("min-height", "100vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(texts(lastFailure()));
            form.setError(true);
        } else if (parameters.containsKey("logout")) {
            Notifications.info("You have signed out.");
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n texts(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Beacon");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LoginThrottledException throttled) {
            error.setTitle("Sign-in temporarily locked");
            error.setMessage(throttled.userMessage());
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check your username and password and try again.");
        }
        return i18n;
    }
}
