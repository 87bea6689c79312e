package dev.beacon.telemetry.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Rules for the calls Beacon makes to URLs that users typed (scrapes, probes, evaluations).
 *
 * @param deniedNetworks addresses Beacon never calls, checked after DNS resolution: by default link-local
 *                       (incl. cloud metadata at 169.254.169.254), IPv6 link-local and "this network"
 * @param allowPrivate   whether private ranges (10/8, 172.16/12, 192.168/16, fc00::/7) may be called;
 *                       true by default because model servers live there
 * @param allowLoopback  whether 127/8 and ::1 may be called (the demo fleet runs there)
 * @param maxResponse    the most of a response body Beacon reads
 * @param maxRedirects   redirects followed, and only to the same host
 */
@ConfigurationProperties("beacon.outbound")
public record OutboundProperties(List<String> deniedNetworks, Boolean allowPrivate, Boolean allowLoopback,
                                 DataSize maxResponse, int maxRedirects) {

    public OutboundProperties {
        if (deniedNetworks == null) deniedNetworks = List.of("169.254.0.0/16", "fe80::/10", "0.0.0.0/8");
        if (allowPrivate == null) allowPrivate = true;
        if (allowLoopback == null) allowLoopback = true;
        if (maxResponse == null) maxResponse = DataSize.ofMegabytes(4);
        if (maxRedirects < 0) maxRedirects = 0;
    }
}
