package dev.beacon.security.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Which throttle bucket a client address falls into. */
final class ClientAddresses {

    private ClientAddresses() {
    }

    /**
     * An IPv4 client is its full address. An IPv6 client is its /64 network: one subscriber or host
     * usually gets a whole /64 and can pick any of its 2^64 addresses, so per-address counting would
     * give it a fresh allowance with every attempt. Anything that is not an IP literal stays as it is.
     */
    static String throttleKey(String address) {
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(address);
        }
        if (parsed instanceof Inet6Address) {
            byte[] network = parsed.getAddress();
            Arrays.fill(network, 8, 16, (byte) 0);
            return ipv6(network).getHostAddress() + "/64";
        }
        return parsed.getHostAddress();
    }

    private static InetAddress ipv6(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }
}
