package dev.beacon.registry;

/** The columns the models list can be sorted by; never a client-supplied column name. */
public enum ModelSort {
    NAME, TEAM, RUNTIME, VERSION, STATUS, UPDATED
}
