/**
 * The model dashboard: the first tab of a model's page. Its panels, time range picker, auto-refresh,
 * comparison and CSV downloads; the settings live in the page's URL so a view can be shared.
 */
package dev.beacon.dashboard.model;
