package dev.beacon.security.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.security.AccountService;
import dev.beacon.security.IssuedApiToken;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.List;
import java.util.function.Consumer;

/**
 * Asks for a new token's name and validity, and for the user's password (a token is a credential of
 * its own, so an unattended session must not be enough to create one); hands the issued token on.
 */
class CreateTokenDialog extends FormDialog {

    private final AccountService accounts;
    private final Consumer<IssuedApiToken> onCreated;
    private final TextField name = new TextField("Name");
    private final Select<TokenValidity> validity = new Select<>();
    private final PasswordField currentPassword = new PasswordField("Your password");

    CreateTokenDialog(AccountService accounts, Consumer<IssuedApiToken> onCreated) {
        super("Create API token", "Create");
        this.accounts = accounts;
        this.onCreated = onCreated;
        name.setHelperText("Where the token is used, e.g. \"CI pipeline\" or \"Grafana\"");
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        validity.setLabel("Expires after");
        List<TokenValidity> choices = TokenValidity.upTo(accounts.maxTokenLifetime());
        validity.setItems(choices);
        validity.setItemLabelGenerator(TokenValidity::label);
        validity.setValue(TokenValidity.suggested(choices));
        currentPassword.setHelperText("Confirms that it is you who creates the token");
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        currentPassword.setRequiredIndicatorVisible(true);
        errors.bind("name", name).bind("validFor", validity).bind("currentPassword", currentPassword);
        keepEnterIn(validity);
        form.add(name, validity, currentPassword);
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        IssuedApiToken[] issued = new IssuedApiToken[1];
        boolean created = FormSubmission.succeeded(errors, () -> issued[0] = accounts.createToken(
                name.getValue(), validity.getValue().duration(), currentPassword.getValue()));
        if (created) {
            onCreated.accept(issued[0]);
        }
        return created;
    }
}
