package dev.beacon.maintenance;

import dev.beacon.shared.UserId;

/** Who changes a ticket: a signed-in person, or Beacon itself (id null) when a schedule or an alert rule acts. */
record Actor(UserId id, String name) {

    static final Actor BEACON = new Actor(null, "Beacon");
}
