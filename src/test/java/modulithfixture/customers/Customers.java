package modulithfixture.customers;

import modulithfixture.customers.internal.CustomerRecord;

/** The customers module's public face. */
public class Customers {

    public String nameOf(long id) {
        return new CustomerRecord(id, "Customer " + id).name();
    }
}
