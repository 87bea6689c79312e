package dev.beacon.security.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void an_ipv4_client_is_its_full_address() {
        assertThat(ClientAddresses.throttleKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.throttleKey("203.0.113.8")).isNotEqualTo(ClientAddresses.throttleKey("203.0.113.7"));
    }

    @Test
    void ipv6_addresses_of_one_64_network_share_a_key_however_they_are_written() {
        String key = ClientAddresses.throttleKey("2001:db8:1:2::1");

        assertThat(ClientAddresses.throttleKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo(key);
        assertThat(ClientAddresses.throttleKey("2001:0DB8:0001:0002:0:0:0:99")).isEqualTo(key);
        assertThat(key).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void neighbouring_64_networks_are_different_clients() {
        assertThat(ClientAddresses.throttleKey("2001:db8:1:3::1")).isNotEqualTo(ClientAddresses.throttleKey("2001:db8:1:2::1"));
    }

    @Test
    void an_ipv4_mapped_ipv6_address_is_the_ipv4_client() {
        assertThat(ClientAddresses.throttleKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void something_that_is_no_ip_literal_is_kept_as_it_is_and_never_looked_up() {
        assertThat(ClientAddresses.throttleKey("unknown")).isEqualTo("unknown");
        assertThat(ClientAddresses.throttleKey("example.org")).isEqualTo("example.org");
        assertThat(ClientAddresses.throttleKey(null)).isEqualTo("null");
    }
}
