package modulithfixture.customers.internal;

/** Internal to the customers module: no other module may use it. */
public record CustomerRecord(long id, String name) {
}
