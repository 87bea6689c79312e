package dev.beacon.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ui.FieldErrors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** The input fields of the model form, and the conversion between them and {@link ModelData}. */
class ModelFields extends FormLayout {

    final ComboBox<TeamChoice> team = new ComboBox<>("Team");
    final TextField name = new TextField("Name");
    final Select<ModelRuntime> runtime = new Select<>();
    final TextField endpointUrl = new TextField("Endpoint base URL");
    final TextField servedModelName = new TextField("Served model name");
    final TextField versionLabel = new TextField("Version label");
    final TextField versionNote = new TextField("Version note");
    final IntegerField contextWindow = new IntegerField("Context window (tokens)");
    final BigDecimalField defaultTemperature = new BigDecimalField("Default temperature");
    final IntegerField maxOutputTokens = new IntegerField("Max output tokens");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final Select<ModelStatus> status = new Select<>();
    final TextArea description = new TextArea("Description");
    final FieldErrors errors = new FieldErrors();
    final MonitoringFields monitoring = new MonitoringFields(errors);
    final ApiKeyField apiKey = new ApiKeyField();

    ModelFields(List<TeamChoice> teams, List<String> knownTags) {
        team.setItems(teams);
        team.setItemLabelGenerator(TeamChoice::name);
        runtime.setLabel("Runtime");
        runtime.setItems(ModelRuntime.values());
        runtime.setItemLabelGenerator(ModelRuntime::label);
        endpointUrl.setPlaceholder("http://gpu-node-1:8000");
        endpointUrl.setHelperText("The server's base URL; Beacon adds paths such as /v1/models or /metrics");
        servedModelName.setHelperText("The name the server knows the model by, e.g. meta-llama/Llama-3.1-8B-Instruct");
        versionNote.setHelperText("Why the version changed; kept in the version history");
        defaultTemperature.setHelperText("Between 0 and 2");
        tags.setItems(new ArrayList<>(knownTags));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> {
            String tag = event.getDetail().strip().toLowerCase();
            var items = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
            items.add(tag);
            var selected = new LinkedHashSet<>(tags.getValue());
            selected.add(tag);
            tags.setItems(new ArrayList<>(items));
            tags.setValue(selected);
        });
        tags.setHelperText("Type a tag and press Enter to add it");
        status.setLabel("Status");
        status.setItems(ModelStatus.values());
        status.setItemLabelGenerator(ModelStatus::label);
        name.setMaxLength(ModelData.MAX_NAME);
        endpointUrl.setMaxLength(ModelData.MAX_ENDPOINT_URL);
        servedModelName.setMaxLength(ModelData.MAX_SERVED_MODEL_NAME);
        versionLabel.setMaxLength(ModelData.MAX_VERSION_LABEL);
        versionNote.setMaxLength(ModelVersionChange.MAX_NOTE);
        description.setMaxLength(ModelData.MAX_DESCRIPTION);

        for (com.vaadin.flow.component.HasValue<?, ?> field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(team, name, runtime, endpointUrl, servedModelName, versionLabel, contextWindow,
                defaultTemperature, maxOutputTokens, status)) {
            field.setRequiredIndicatorVisible(true);
        }
        errors.bind("team", team).bind("name", name).bind("runtime", runtime).bind("endpointUrl", endpointUrl)
                .bind("servedModelName", servedModelName).bind("versionLabel", versionLabel).bind("versionNote", versionNote)
                .bind("contextWindow", contextWindow).bind("defaultTemperature", defaultTemperature)
                .bind("maxOutputTokens", maxOutputTokens).bind("tags", tags).bind("status", status)
                .bind("description", description).bind("apiKey", apiKey.key);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        add(team, name, runtime, status, endpointUrl, servedModelName, versionLabel, versionNote,
                contextWindow, maxOutputTokens, defaultTemperature, tags);
        add(description, 2);
        add(apiKey, 2);
        monitoring.addTo(this);
    }

    /** Where Enter saves the form (not in the description, where it starts a new line). */
    Component[] singleLineFields() {
        return Stream.concat(Stream.of(name, endpointUrl, servedModelName, versionLabel, versionNote, contextWindow,
                defaultTemperature, maxOutputTokens, apiKey.key), Arrays.stream(monitoring.singleLineFields())).toArray(Component[]::new);
    }

    void read(ModelData data) {
        name.setValue(data.name());
        runtime.setValue(data.runtime());
        endpointUrl.setValue(data.endpointUrl());
        servedModelName.setValue(data.servedModelName());
        versionLabel.setValue(data.versionLabel());
        contextWindow.setValue(data.contextWindow());
        defaultTemperature.setValue(data.defaultTemperature());
        maxOutputTokens.setValue(data.maxOutputTokens());
        var items = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
        items.addAll(data.tags());
        tags.setItems(new ArrayList<>(items));
        tags.setValue(new LinkedHashSet<>(data.tags()));
        status.setValue(data.status());
        description.setValue(data.description());
        monitoring.read(data.monitoring());
    }

    ModelData write() {
        return new ModelData(name.getValue(), description.getValue(), runtime.getValue(), endpointUrl.getValue(),
                servedModelName.getValue(), versionLabel.getValue(), contextWindow.getValue(),
                defaultTemperature.getValue(), maxOutputTokens.getValue(), new ArrayList<>(tags.getValue()), status.getValue(),
                monitoring.write());
    }

    /** Sensible defaults for a new vLLM model; choosing another runtime switches scraping to its default. */
    void readDefaults() {
        monitoring.read(ModelMonitoring.defaultsFor(ModelRuntime.VLLM));
        runtime.addValueChangeListener(event -> monitoring.followRuntime(event.getValue()));
        runtime.setValue(ModelRuntime.VLLM);
        status.setValue(ModelStatus.ACTIVE);
        contextWindow.setValue(8192);
        maxOutputTokens.setValue(1024);
        defaultTemperature.setValue(new BigDecimal("0.7"));
        versionLabel.setValue("v1");
    }
}
