package dev.beacon.security.internal;

/**
 * A password check failed, whether the username exists or not.
 *
 * @param username   the username as tried, normalized
 * @param address    the client address
 * @param addressKey the throttle bucket of the address (for IPv6, its /64 network)
 * @param failure    the locks the failure started, if any
 */
record SignInFailed(String username, String address, String addressKey, LoginThrottle.Failure failure) {
}
