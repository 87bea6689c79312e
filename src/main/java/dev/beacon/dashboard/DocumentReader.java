package dev.beacon.dashboard;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link DashboardDocument} from JSON and names every problem by its place, e.g.
 * {@code panels[1].chart}: not JSON at all, an unknown or missing format version, unknown fields (a typo
 * in a file kept as code should not pass unnoticed), missing or mistyped values, unknown names.
 * Whether metric, aggregation and chart fit together is left to the dashboard's own checks.
 */
final class DocumentReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> DOCUMENT_FIELDS = Set.of("formatVersion", "name", "description", "visibility", "panels");
    private static final Set<String> PANEL_FIELDS = Set.of("title", "metric", "aggregation", "chart", "scoreName", "width",
            "height", "models");
    private static final Set<String> MODEL_FIELDS = Set.of("id", "name", "team");

    private final Map<String, String> problems = new LinkedHashMap<>();

    private DocumentReader() {
    }

    static DashboardDocument read(String json) {
        return new DocumentReader().document(json);
    }

    private DashboardDocument document(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw refused("body", "Not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw refused("body", "Send a dashboard as a JSON object with formatVersion, name and panels");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw refused("formatVersion", "Say which version of the format this is: \"formatVersion\": "
                    + DashboardDocument.FORMAT_VERSION);
        }
        if (!version.canConvertToInt() || version.intValue() != DashboardDocument.FORMAT_VERSION) {
            throw refused("formatVersion", "Unknown format version " + version.asString() + ": this Beacon reads version "
                    + DashboardDocument.FORMAT_VERSION);
        }
        unknownFields(root, DOCUMENT_FIELDS, "");
        String name = text(root, "name", "", true);
        String description = text(root, "description", "", false);
        String visibility = text(root, "visibility", "", false);
        List<DashboardDocument.DocumentPanel> panels = new ArrayList<>();
        JsonNode panelNodes = root.get("panels");
        if (panelNodes == null || !panelNodes.isArray()) {
            problems.put("panels", "Give the panels as a JSON array (it may be empty)");
        } else {
            for (int i = 0; i < panelNodes.size(); i++) {
                panels.add(panel(panelNodes.get(i), "panels[" + i + "]."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDashboardException(problems);
        }
        return new DashboardDocument(DashboardDocument.FORMAT_VERSION, name, description,
                visibility == null ? Visibility.TEAM.apiName() : visibility, panels);
    }

    private DashboardDocument.DocumentPanel panel(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            problems.put(prefix.substring(0, prefix.length() - 1), "Give each panel as a JSON object");
            return null;
        }
        unknownFields(node, PANEL_FIELDS, prefix);
        List<DashboardDocument.DocumentModel> models = new ArrayList<>();
        JsonNode modelNodes = node.get("models");
        if (modelNodes == null || !modelNodes.isArray()) {
            problems.put(prefix + "models", "Give the panel's models as a JSON array of {\"id\", \"name\"}");
        } else {
            for (int j = 0; j < modelNodes.size(); j++) {
                models.add(model(modelNodes.get(j), prefix + "models[" + j + "]"));
            }
        }
        return new DashboardDocument.DocumentPanel(text(node, "title", prefix, false), text(node, "metric", prefix, true),
                text(node, "aggregation", prefix, false), text(node, "chart", prefix, true), text(node, "scoreName", prefix, false),
                number(node, "width", prefix), number(node, "height", prefix), models);
    }

    private DashboardDocument.DocumentModel model(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            problems.put(field, "Name the model as {\"id\": \"…\", \"name\": \"…\"}");
            return new DashboardDocument.DocumentModel(null, null, null);
        }
        unknownFields(node, MODEL_FIELDS, field + ".");
        String id = text(node, "id", field + ".", false);
        String name = text(node, "name", field + ".", false);
        if (id == null && name == null) {
            problems.put(field, "Name the model by its id, its name, or both");
        }
        return new DashboardDocument.DocumentModel(id, name, text(node, "team", field + ".", false));
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        node.propertyNames().stream().filter(name -> !known.contains(name))
                .forEach(name -> problems.put(prefix + name, "Unknown field; version "
                        + DashboardDocument.FORMAT_VERSION + " of the format has " + String.join(", ", known.stream().sorted().toList())));
    }

    private String text(JsonNode node, String name, String prefix, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.put(prefix + name, "Missing");
            }
            return null;
        }
        if (!value.isString()) {
            problems.put(prefix + name, "Give a JSON string");
            return null;
        }
        return value.stringValue();
    }

    /** 0 when absent: the chart's usual size is used then. */
    private int number(JsonNode node, String name, String prefix) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.put(prefix + name, "Give a whole number");
            return 0;
        }
        return value.intValue();
    }

    private static InvalidDashboardException refused(String field, String message) {
        return new InvalidDashboardException(Map.of(field, message));
    }
}
