/**
 * Dashboards: shared team dashboards of panels (a metric of one or more models, drawn as a chart),
 * each user's favourites and home page, and the dashboards' JSON format (config as code). Reads
 * telemetry through the telemetry module's query services, models through the registry, and asks
 * the security module who may read and change what.
 */
package dev.beacon.dashboard;
