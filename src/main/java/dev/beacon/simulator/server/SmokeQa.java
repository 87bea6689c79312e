package dev.beacon.simulator.server;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulated models know: sums, differences and products of whole numbers ("What is 17 + 25?") and capital
 * cities ("What is the capital of Australia?"), each with the right answer and the wrong one a small model gives when
 * it slips — off by a little, or the country's best-known city instead of its capital ("41", "Sydney").
 */
final class SmokeQa {

    /** The two answers to a question, and which kind of question it is. */
    record Reply(String right, String wrong, boolean arithmetic) {
    }

    private static final Pattern ARITHMETIC = Pattern.compile(
            "(-?\\d{1,9})\\s*(\\+|-|−|\\*|×|x|plus|minus|times)\\s*(-?\\d{1,9})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITAL = Pattern.compile(
            "capital(?: city)? of (?:the )?([\\p{L} .'-]+?)\\s*\\??\\s*$", Pattern.CASE_INSENSITIVE);

    /** Country (lower case) → capital and the city people mistake for it. */
    private static final Map<String, String[]> CAPITALS = Map.ofEntries(
            Map.entry("australia", new String[]{"Canberra", "Sydney"}),
            Map.entry("canada", new String[]{"Ottawa", "Toronto"}),
            Map.entry("turkey", new String[]{"Ankara", "Istanbul"}),
            Map.entry("brazil", new String[]{"Brasília", "São Paulo"}),
            Map.entry("switzerland", new String[]{"Bern", "Zurich"}),
            Map.entry("new zealand", new String[]{"Wellington", "Auckland"}),
            Map.entry("nigeria", new String[]{"Abuja", "Lagos"}),
            Map.entry("morocco", new String[]{"Rabat", "Casablanca"}),
            Map.entry("vietnam", new String[]{"Hanoi", "Ho Chi Minh City"}),
            Map.entry("pakistan", new String[]{"Islamabad", "Karachi"}),
            Map.entry("india", new String[]{"New Delhi", "Mumbai"}),
            Map.entry("united states", new String[]{"Washington, D.C.", "New York"}),
            Map.entry("kazakhstan", new String[]{"Astana", "Almaty"}),
            Map.entry("tanzania", new String[]{"Dodoma", "Dar es Salaam"}),
            Map.entry("myanmar", new String[]{"Naypyidaw", "Yangon"}),
            Map.entry("france", new String[]{"Paris", "Lyon"}),
            Map.entry("germany", new String[]{"Berlin", "Munich"}),
            Map.entry("italy", new String[]{"Rome", "Milan"}),
            Map.entry("spain", new String[]{"Madrid", "Barcelona"}),
            Map.entry("japan", new String[]{"Tokyo", "Osaka"}),
            Map.entry("egypt", new String[]{"Cairo", "Alexandria"}),
            Map.entry("norway", new String[]{"Oslo", "Bergen"}),
            Map.entry("scotland", new String[]{"Edinburgh", "Glasgow"}),
            Map.entry("south korea", new String[]{"Seoul", "Busan"}));

    private SmokeQa() {
    }

    static Optional<Reply> reply(String question) {
        Matcher capital = CAPITAL.matcher(question.strip());
        if (capital.find()) {
            String[] cities = CAPITALS.get(capital.group(1).strip().toLowerCase(Locale.ROOT));
            return cities == null ? Optional.empty() : Optional.of(new Reply(cities[0], cities[1], false));
        }
        Matcher sum = ARITHMETIC.matcher(question);
        if (sum.find()) {
            long a = Long.parseLong(sum.group(1));
            long b = Long.parseLong(sum.group(3));
            long result = switch (sum.group(2).toLowerCase(Locale.ROOT)) {
                case "+", "plus" -> a + b;
                case "-", "−", "minus" -> a - b;
                default -> a * b;
            };
            // a slip: one off, or a carry dropped, picked by the question so the same question slips the same way
            long wrong = Math.floorMod(question.hashCode(), 3) == 0 ? result + 10 : result - 1;
            return Optional.of(new Reply(Long.toString(result), Long.toString(wrong), true));
        }
        return Optional.empty();
    }
}
