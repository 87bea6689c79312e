package modulithfixture.billing;

import modulithfixture.customers.internal.CustomerRecord;

/** Breaks the boundary on purpose: uses the customers module's internal type instead of Customers. */
public class Invoice {

    public String addressee(CustomerRecord customer) {
        return customer.name();
    }
}
