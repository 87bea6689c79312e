package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;
import dev.beacon.telemetry.TelemetryOverviewService;
import dev.beacon.telemetry.otlp.OtlpGrpcAddress;

/** Adds the "Telemetry" tab to every model page. */
@org.springframework.stereotype.Component
class TelemetryTab implements ModelPageTab {

    private final TelemetryOverviewService overviews;
    private final OtlpGrpcAddress grpc;

    TelemetryTab(TelemetryOverviewService overviews, OtlpGrpcAddress grpc) {
        this.overviews = overviews;
        this.grpc = grpc;
    }

    @Override
    public String label() {
        return "Telemetry";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ModelId model) {
        return new TelemetryPanel(overviews, grpc, model);
    }
}
