package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.SendDataGuide;
import dev.beacon.telemetry.TelemetryOverviewService;
import dev.beacon.telemetry.otlp.OtlpGrpcAddress;

/** The telemetry module's instructions for sending a model data, for other modules' pages. */
@org.springframework.stereotype.Component
class TelemetrySendDataGuide implements SendDataGuide {

    private final TelemetryOverviewService overviews;
    private final OtlpGrpcAddress grpc;

    TelemetrySendDataGuide(TelemetryOverviewService overviews, OtlpGrpcAddress grpc) {
        this.overviews = overviews;
        this.grpc = grpc;
    }

    @Override
    public Component everyWay(ModelId model) {
        return SendDataHelp.everyWay(overviews.overview(model), grpc.port());
    }

    @Override
    public Component scraping(ModelId model) {
        return SendDataHelp.scrapingOnly(overviews.overview(model));
    }

    @Override
    public Component scores(ModelId model) {
        return SendDataHelp.scoresOnly(overviews.overview(model));
    }
}
