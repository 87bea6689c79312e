package dev.beacon.maintenance.ui;

import dev.beacon.shared.UserId;

/** Someone a ticket can be assigned to, or filtered by, as the pickers show them. */
record Person(UserId id, String name) {
}
