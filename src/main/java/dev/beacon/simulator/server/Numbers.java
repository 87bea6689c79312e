package dev.beacon.simulator.server;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How each server's own metrics library prints a number, so that the simulated answers match the real ones
 * character for character (a scraper must read all of them).
 */
final class Numbers {

    private Numbers() {
    }

    /**
     * Python's prometheus_client, which vLLM uses: the float's repr ({@code 3.0}, {@code 0.001}), and from a
     * million on Go's exponent style ({@code 1.7528e+09}); {@code +Inf}, {@code NaN}.
     */
    static String python(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        String repr = pythonRepr(value);
        int dot = repr.indexOf('.');
        if (value > 0 && dot > 6) {
            String mantissa = stripTrailing(repr.charAt(0) + "." + repr.substring(1, dot) + repr.substring(dot + 1), "0.");
            return mantissa + "e+0" + (dot - 1);
        }
        return repr;
    }

    /**
     * Rust's {@code Display} for numbers, which TGI's metrics-exporter-prometheus uses: the shortest digits that
     * read back as the same double, never an exponent, no {@code .0} on whole numbers.
     */
    static String rust(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A C++ ostream with its default precision, which llama.cpp uses: {@code %g} with 6 digits, lowercase {@code nan}. */
    static String cpp(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String formatted = String.format(Locale.ROOT, "%.6g", value);
        int exponent = formatted.indexOf('e');
        String mantissa = exponent < 0 ? formatted : formatted.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = stripTrailing(stripTrailing(mantissa, "0"), ".");
        }
        return exponent < 0 ? mantissa : mantissa + formatted.substring(exponent);
    }

    /** Python's repr of a float: shortest round-trip digits, an exponent below 1e-4 and from 1e16 on. */
    private static String pythonRepr(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = shortest.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    private static String stripTrailing(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
