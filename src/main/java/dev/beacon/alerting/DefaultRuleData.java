package dev.beacon.alerting;

import dev.beacon.registry.ModelRuntime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a team OWNER says about a default rule: its name, which of the team's models it applies to, and the rule
 * every matching model gets. A model matches when it runs on {@code matchRuntime} (if set) and carries
 * {@code matchTag} (if set; empty means none); with neither, every model of the team matches.
 */
public record DefaultRuleData(
        @NotBlank(message = "Enter a name") @Size(max = 100, message = "Use at most {max} characters") String name,
        ModelRuntime matchRuntime,
        @Pattern(regexp = "^([a-z0-9][a-z0-9._:-]{0,39})?$",
                message = "Tags use 1–40 lowercase letters, digits, dots, dashes, colons or underscores") String matchTag,
        @NotNull(message = "Describe the rule") @Valid RuleData rule) {

    /** Trims the name, lower-cases the tag and drops a blank one, normalizes the rule. */
    public DefaultRuleData normalized() {
        String tag = matchTag == null || matchTag.isBlank() ? null : matchTag.strip().toLowerCase();
        return new DefaultRuleData(name == null ? null : name.strip(), matchRuntime, tag, rule.normalized());
    }

    /** Which models it applies to, e.g. "vLLM models tagged gpu", "every model". */
    public String scope() {
        String models = matchRuntime == null ? "models" : matchRuntime.label() + " models";
        if (matchTag != null) {
            return models.substring(0, 1).toUpperCase() + models.substring(1) + " tagged " + matchTag;
        }
        return matchRuntime == null ? "Every model" : models;
    }
}
