package dev.beacon.security.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.security.AccountService;
import dev.beacon.security.IssuedApiToken;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.function.Consumer;

/** Asks for a new token's name and validity, and hands the issued token (with its secret) on. */
class CreateTokenDialog extends FormDialog {

    private final AccountService accounts;
    private final Consumer<IssuedApiToken> onCreated;
    private final TextField name = new TextField("Name");
    private final Select<TokenValidity> validity = new Select<>();

    CreateTokenDialog(AccountService accounts, Consumer<IssuedApiToken> onCreated) {
        super("Create API token", "Create");
        this.accounts = accounts;
        this.onCreated = onCreated;
        name.setHelperText("Where the token is used, e.g. \"CI pipeline\" or \"Grafana\"");
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        validity.setLabel("Expires after");
        validity.setItems(TokenValidity.values());
        validity.setItemLabelGenerator(TokenValidity::label);
        validity.setValue(TokenValidity.DAYS_90);
        errors.bind("name", name).bind("validFor", validity);
        keepEnterIn(validity);
        form.add(name, validity);
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        IssuedApiToken[] issued = new IssuedApiToken[1];
        boolean created = FormSubmission.succeeded(errors,
                () -> issued[0] = accounts.createToken(name.getValue(), validity.getValue().duration()));
        if (created) {
            onCreated.accept(issued[0]);
        }
        return created;
    }
}
