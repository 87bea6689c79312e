package dev.beacon.security.internal;

import dev.beacon.security.SignedInUser;

/** Someone signed in with their password, from this client address. */
record SignedIn(SignedInUser user, String address) {
}
