package dev.beacon.evaluation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON answers and JSON Schemas for {@link Scorer.ValidJson}. Schemas are JSON Schema 2020-12 unless their
 * {@code $schema} names another draft; they are checked against their meta-schema when a case is saved, and never
 * load anything from the network ({@code $ref} to a URL is refused), so a case cannot make Beacon call out.
 */
final class JsonAnswers {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    /** The answer is one fenced block, or has one: ```json … ``` (or a bare ``` fence). */
    private static final Pattern FENCE = Pattern.compile("(?s)```(?:json|JSON)?[ \\t]*\\R?(.*?)\\R?[ \\t]*```");
    private static final int MAX_REPORTED_ERRORS = 3;

    private JsonAnswers() {
    }

    static CaseScore score(String schemaText, String answer) {
        JsonNode value;
        try {
            value = STRICT.readTree(unfenced(answer));
        } catch (JacksonException e) {
            return CaseScore.fail("The answer is not valid JSON: " + e.getOriginalMessage());
        }
        if (value == null || value.isMissingNode()) {
            return CaseScore.fail("The answer is not valid JSON: it is empty");
        }
        if (schemaText == null || schemaText.isBlank()) {
            return CaseScore.pass();
        }
        Schema schema;
        try {
            schema = schema(schemaText);
        } catch (IllegalArgumentException e) {
            return CaseScore.error("The case's JSON Schema is not valid: " + e.getMessage());
        }
        List<Error> errors = schema.validate(value);
        if (errors.isEmpty()) {
            return CaseScore.pass();
        }
        return CaseScore.fail("The JSON does not match the schema: " + describe(errors));
    }

    /** What is wrong with a JSON Schema, or empty when it is a usable one. */
    static Optional<String> schemaProblem(String schemaText) {
        try {
            schema(schemaText);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Schema schema(String schemaText) {
        JsonNode node;
        try {
            node = STRICT.readTree(schemaText);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !(node.isObject() || node.isBoolean())) {
            throw new IllegalArgumentException("a JSON Schema is a JSON object");
        }
        try {
            String dialect = SpecificationVersion.fromSchemaNode(node)
                    .orElse(SpecificationVersion.DRAFT_2020_12).getDialectId();
            List<Error> metaErrors = SCHEMAS.getSchema(SchemaLocation.of(dialect)).validate(node);
            if (!metaErrors.isEmpty()) {
                throw new IllegalArgumentException(describe(metaErrors));
            }
            Schema schema = SCHEMAS.getSchema(node);
            schema.initializeValidators();
            return schema;
        } catch (SchemaException | IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String unfenced(String answer) {
        String text = answer == null ? "" : answer.strip();
        Matcher fence = FENCE.matcher(text);
        return fence.find() ? fence.group(1).strip() : text;
    }

    private static String describe(List<Error> errors) {
        List<String> messages = errors.stream().limit(MAX_REPORTED_ERRORS).map(Error::getMessage).toList();
        return String.join("; ", messages) + (errors.size() > MAX_REPORTED_ERRORS
                ? " (and " + (errors.size() - MAX_REPORTED_ERRORS) + " more)" : "");
    }
}
