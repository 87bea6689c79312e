package dev.beacon.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Everything a team says about a model it runs. */
public record ModelData(
        @NotBlank(message = "Enter a name") @Size(max = MAX_NAME, message = AT_MOST)
        String name,
        @Size(max = MAX_DESCRIPTION, message = AT_MOST)
        String description,
        @NotNull(message = "Choose a runtime")
        ModelRuntime runtime,
        @NotBlank(message = "Enter the endpoint base URL") @Size(max = MAX_ENDPOINT_URL, message = AT_MOST) @HttpUrl
        String endpointUrl,
        @NotBlank(message = "Enter the model name the server knows, e.g. meta-llama/Llama-3.1-8B-Instruct")
        @Size(max = MAX_SERVED_MODEL_NAME, message = AT_MOST)
        String servedModelName,
        @NotBlank(message = "Enter a version label, e.g. 2024-07 or v1.2") @Size(max = MAX_VERSION_LABEL, message = AT_MOST)
        String versionLabel,
        @NotNull(message = "Enter the context window in tokens")
        @Min(value = 1, message = "Must be at least 1 token") @Max(value = 10_000_000, message = "Must be at most 10,000,000 tokens")
        Integer contextWindow,
        @NotNull(message = "Enter the default temperature")
        @DecimalMin(value = "0.0", message = "Must be between 0 and 2") @DecimalMax(value = "2.0", message = "Must be between 0 and 2")
        @Digits(integer = 1, fraction = 2, message = "Use at most two decimals")
        BigDecimal defaultTemperature,
        @NotNull(message = "Enter the maximum output tokens")
        @Min(value = 1, message = "Must be at least 1 token") @Max(value = 10_000_000, message = "Must be at most 10,000,000 tokens")
        Integer maxOutputTokens,
        @NotNull @Size(max = 20, message = "Use at most 20 tags")
        List<@NotNull(message = "Leave out empty tags") @Pattern(regexp = "^[a-z0-9][a-z0-9._:-]{0,39}$",
                message = "Tags use 1–40 lowercase letters, digits, dots, dashes, colons or underscores") String> tags,
        @NotNull(message = "Choose a status")
        ModelStatus status,
        @NotNull(message = "Choose how Beacon watches the model") @Valid
        ModelMonitoring monitoring) {

    /*
     * Length limits, in characters. The database's CHECK constraints (db/migration) allow the same,
     * and the form fields stop typing at them.
     */
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ENDPOINT_URL = 500;
    public static final int MAX_SERVED_MODEL_NAME = 200;
    public static final int MAX_VERSION_LABEL = 80;
    /** Bean Validation fills in the annotation's max. */
    static final String AT_MOST = "Use at most {max} characters";

    public ModelData withStatus(ModelStatus newStatus) {
        return new ModelData(name, description, runtime, endpointUrl, servedModelName, versionLabel, contextWindow,
                defaultTemperature, maxOutputTokens, tags, newStatus, monitoring);
    }

    public ModelData withVersionLabel(String newLabel) {
        return new ModelData(name, description, runtime, endpointUrl, servedModelName, newLabel, contextWindow,
                defaultTemperature, maxOutputTokens, tags, status, monitoring);
    }

    public ModelData withEndpointUrl(String newEndpointUrl) {
        return new ModelData(name, description, runtime, newEndpointUrl, servedModelName, versionLabel, contextWindow,
                defaultTemperature, maxOutputTokens, tags, status, monitoring);
    }

    public ModelData withMonitoring(ModelMonitoring newMonitoring) {
        return new ModelData(name, description, runtime, endpointUrl, servedModelName, versionLabel, contextWindow,
                defaultTemperature, maxOutputTokens, tags, status, newMonitoring);
    }

    /** Trims text, lowercases and de-duplicates tags, empties the default metrics URL, so equal input is stored equally. */
    public ModelData normalized() {
        return new ModelData(strip(name), description == null ? "" : description.strip(), runtime, strip(endpointUrl),
                strip(servedModelName), strip(versionLabel), contextWindow, defaultTemperature, maxOutputTokens,
                tags == null ? List.of() : tags.stream().map(t -> t.strip().toLowerCase()).filter(t -> !t.isEmpty()).distinct().toList(),
                status, monitoring == null ? null : monitoring.normalized());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
