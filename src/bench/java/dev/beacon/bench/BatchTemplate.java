package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A batch of events serialized ahead of time, as the REST API's JSON body and as COPY data (text and binary), so that
 * clients spend (almost) nothing on producing load. Every event's client event id holds the batch's sequence
 * number, stamped into both byte arrays before each use: so each request carries distinct ids, and the COPY
 * benchmark can replay exactly the batches that REST stored.
 */
final class BatchTemplate {

    private static final int SEQUENCE_DIGITS = 8;
    private static final String SOURCE = "API";

    private final byte[] json;
    private final int[] jsonSlots;
    private final byte[] copy;
    private final int[] copySlots;
    private final byte[] binary;
    private final int[] binarySlots;

    private BatchTemplate(byte[] json, int[] jsonSlots, byte[] copy, int[] copySlots, byte[] binary, int[] binarySlots) {
        this.json = json;
        this.jsonSlots = jsonSlots;
        this.copy = copy;
        this.copySlots = copySlots;
        this.binary = binary;
        this.binarySlots = binarySlots;
    }

    /**
     * @param idPrefix  starts every client event id, e.g. "m2-" for client 2 of the measured run
     * @param endMillis events lie in the {@code spreadMillis} before it, spread over the models
     */
    static BatchTemplate generate(BenchTeam team, String idPrefix, int events, long endMillis, long spreadMillis,
                                  SplittableRandom random) {
        List<BenchModel> models = team.models();
        String teamId = team.id().value().toString();
        StringBuilder json = new StringBuilder(events * 260).append('[');
        StringBuilder copy = new StringBuilder(events * 200);
        int[] jsonSlots = new int[events];
        int[] copySlots = new int[events];
        int[] binarySlots = new int[events];
        BinaryCopyRows binary = new BinaryCopyRows(events);
        for (int i = 0; i < events; i++) {
            SyntheticRequest request = SyntheticRequest.next(random, models.get(random.nextInt(models.size())),
                    endMillis - 1 - random.nextLong(spreadMillis));
            String suffix = String.format("-%04d", i);
            int index = i;
            if (i > 0) {
                json.append(',');
            }
            EventText.json(json, request, () -> {
                jsonSlots[index] = json.append(idPrefix).length();
                json.append("0".repeat(SEQUENCE_DIGITS)).append(suffix);
            });
            EventText.copyRow(copy, teamId, request, () -> {
                copySlots[index] = copy.append(idPrefix).length();
                copy.append("0".repeat(SEQUENCE_DIGITS)).append(suffix);
            }, SOURCE);
            String clientId = idPrefix + "0".repeat(SEQUENCE_DIGITS) + suffix;
            binarySlots[index] = binary.row(team.id().value(), request, clientId, SOURCE) + idPrefix.length();
        }
        json.append(']');
        // Served model names, ids, numbers and times are ASCII: character offsets are byte offsets.
        return new BatchTemplate(json.toString().getBytes(StandardCharsets.US_ASCII), jsonSlots,
                copy.toString().getBytes(StandardCharsets.US_ASCII), copySlots, binary.finish(), binarySlots);
    }

    /** Writes the sequence number into every client event id; then {@link #json()} and {@link #copy()} are that batch. */
    void stamp(long sequence) {
        byte[] digits = String.format("%0" + SEQUENCE_DIGITS + "d", sequence).getBytes(StandardCharsets.US_ASCII);
        for (int slot : jsonSlots) {
            System.arraycopy(digits, 0, json, slot, SEQUENCE_DIGITS);
        }
        for (int slot : copySlots) {
            System.arraycopy(digits, 0, copy, slot, SEQUENCE_DIGITS);
        }
        for (int slot : binarySlots) {
            System.arraycopy(digits, 0, binary, slot, SEQUENCE_DIGITS);
        }
    }

    byte[] json() {
        return json;
    }

    /** The batch as COPY text. */
    byte[] copy() {
        return copy;
    }

    /** The batch in COPY's binary format. */
    byte[] binary() {
        return binary;
    }

    int events() {
        return jsonSlots.length;
    }
}
