package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;

/**
 * How to get telemetry for one model, filled in for that model (its id, served name, runtime, scrape
 * settings, Beacon's address). The telemetry module provides it; pages that have nothing to show yet
 * (dashboards, empty panels) teach with it, so the instructions exist once. The caller has checked that
 * the user may see the model; the guide's service checks again.
 */
public interface SendDataGuide {

    /** Every way: request events over HTTP (a curl to copy), OpenTelemetry, scraping the server's metrics. */
    Component everyWay(ModelId model);

    /** Scraping only: where server readings such as queue depth and KV-cache use come from. */
    Component scraping(ModelId model);

    /** Evaluation scores only: how to post them. */
    Component scores(ModelId model);
}
