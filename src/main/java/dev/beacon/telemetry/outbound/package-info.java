/**
 * Outbound calls to URLs that users typed, with Beacon's rules (deny list after DNS, no cross-host redirects,
 * deadlines, size caps). Exposed to other modules as the named interface "outbound" so that every module that calls
 * such URLs (e.g. notification webhooks) follows the same rules instead of a copy of them.
 */
@org.springframework.modulith.NamedInterface("outbound")
package dev.beacon.telemetry.outbound;
