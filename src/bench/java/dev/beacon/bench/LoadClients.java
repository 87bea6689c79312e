package dev.beacon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The batches of the concurrent ingestion clients: each client cycles through templates of its own, stamping
 * a new sequence number into each use. Client event ids start with the run's label and the client's number,
 * so no two runs or clients share an id.
 */
record LoadClients(String run, List<List<BatchTemplate>> templates) {

    static final int BATCH_EVENTS = 1_000;
    private static final int TEMPLATES_PER_CLIENT = 16;
    /** Events lie in the two minutes before the templates are made: a gateway reporting what just happened. */
    static final long SPREAD_MILLIS = 120_000;

    static LoadClients generate(BenchTeam team, String run, int clients, long seed) {
        long now = System.currentTimeMillis();
        SplittableRandom random = new SplittableRandom(seed);
        List<List<BatchTemplate>> templates = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            List<BatchTemplate> own = new ArrayList<>();
            for (int i = 0; i < TEMPLATES_PER_CLIENT; i++) {
                own.add(BatchTemplate.generate(team, run + client + "-", BATCH_EVENTS, now, SPREAD_MILLIS, random.split()));
            }
            templates.add(own);
        }
        return new LoadClients(run, templates);
    }

    int clients() {
        return templates.size();
    }

    /** The client's batch with this sequence number, stamped and ready to send. */
    BatchTemplate batch(int client, long sequence) {
        List<BatchTemplate> own = templates.get(client);
        BatchTemplate template = own.get((int) (sequence % own.size()));
        template.stamp(sequence);
        return template;
    }
}
