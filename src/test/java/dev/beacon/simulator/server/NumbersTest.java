package dev.beacon.simulator.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each server's metrics library prints numbers its own way; a scraper sees exactly these strings. */
class NumbersTest {

    @Test
    void python_prints_a_floats_repr_and_switches_to_gos_exponents_from_a_million() {
        assertThat(Numbers.python(3)).isEqualTo("3.0");
        assertThat(Numbers.python(0.001)).isEqualTo("0.001");
        assertThat(Numbers.python(0.0001)).isEqualTo("0.0001");
        assertThat(Numbers.python(0.00001)).isEqualTo("1e-05");
        assertThat(Numbers.python(999_999)).isEqualTo("999999.0");
        assertThat(Numbers.python(1_234_567)).isEqualTo("1.234567e+06");
        assertThat(Numbers.python(1_000_000)).isEqualTo("1e+06");
        assertThat(Numbers.python(1.7528000001234567e9)).isEqualTo("1.7528000001234567e+09");
        assertThat(Numbers.python(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(Numbers.python(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void rust_prints_the_shortest_digits_without_exponent_or_trailing_zero() {
        assertThat(Numbers.rust(3)).isEqualTo("3");
        assertThat(Numbers.rust(0.5)).isEqualTo("0.5");
        assertThat(Numbers.rust(0.0001 * 1.5)).isEqualTo("0.00015000000000000001");
        assertThat(Numbers.rust(1e21)).isEqualTo("1000000000000000000000");
        assertThat(Numbers.rust(0)).isEqualTo("0");
    }

    @Test
    void cpp_prints_six_significant_digits_and_lowercase_nan() {
        assertThat(Numbers.cpp(1_234_567)).isEqualTo("1.23457e+06");
        assertThat(Numbers.cpp(12.5)).isEqualTo("12.5");
        assertThat(Numbers.cpp(42)).isEqualTo("42");
        assertThat(Numbers.cpp(0)).isEqualTo("0");
        assertThat(Numbers.cpp(0.0000123)).isEqualTo("1.23e-05");
        assertThat(Numbers.cpp(Double.NaN)).isEqualTo("nan");
    }
}
