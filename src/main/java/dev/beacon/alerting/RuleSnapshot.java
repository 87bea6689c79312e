package dev.beacon.alerting;

import java.util.LinkedHashMap;
import java.util.Map;

/** A rule's settings as the audit log records them. */
final class RuleSnapshot {

    private RuleSnapshot() {
    }

    static Map<String, Object> of(RuleData data) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("metric", data.metric().name());
        state.put("scoreName", data.scoreName());
        state.put("comparator", data.comparator().name());
        state.put("warningThreshold", data.warningThreshold());
        state.put("criticalThreshold", data.criticalThreshold());
        state.put("windowSeconds", data.windowSeconds());
        state.put("pendingSeconds", data.pendingSeconds());
        state.put("minRequests", data.minRequests());
        state.put("noData", data.noData().name());
        state.put("noDataAfterSeconds", data.noDataAfterSeconds());
        state.put("enabled", data.enabled());
        state.put("runbookUrl", data.runbookUrl());
        state.put("notes", data.notes());
        return state;
    }
}
