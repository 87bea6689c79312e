package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static dev.beacon.jooq.Tables.SCRAPE_BASELINE;

/** The counters and histogram buckets each model's last scrape read; any instance's next scrape compares with them. */
@Repository
public class JooqScrapeBaselineRepository {

    private final DSLContext db;

    JooqScrapeBaselineRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Takes the model's scrape lock for the rest of the transaction, so two scrapes of one model (e.g. on
     * two instances after a lock ran out) never count the same increase twice, and reads the baseline.
     */
    public Optional<ScrapeBaseline> lockAndLoad(ModelId model) {
        db.fetch("select pg_advisory_xact_lock(hashtextextended(?, 0))", "scrape-" + model);
        return db.select(SCRAPE_BASELINE.SCRAPED_AT, SCRAPE_BASELINE.SERIES, SCRAPE_BASELINE.COUNTER_VALUES, SCRAPE_BASELINE.CREATED)
                .from(SCRAPE_BASELINE)
                .where(SCRAPE_BASELINE.MODEL_ID.eq(model))
                .fetchOptional(row -> {
                    Map<String, Double> values = new HashMap<>();
                    Map<String, Double> created = new HashMap<>();
                    String[] series = row.value2();
                    for (int i = 0; i < series.length; i++) {
                        values.put(series[i], row.value3()[i]);
                        if (row.value4()[i] != null) {
                            created.put(series[i], row.value4()[i]);
                        }
                    }
                    return new ScrapeBaseline(row.value1(), values, created);
                });
    }

    public void save(ModelId model, ScrapeBaseline baseline) {
        String[] series = baseline.values().keySet().toArray(String[]::new);
        Double[] values = new Double[series.length];
        Double[] created = new Double[series.length];
        for (int i = 0; i < series.length; i++) {
            values[i] = baseline.values().get(series[i]);
            created[i] = baseline.created().get(series[i]);
        }
        db.insertInto(SCRAPE_BASELINE)
                .set(SCRAPE_BASELINE.MODEL_ID, model)
                .set(SCRAPE_BASELINE.SCRAPED_AT, baseline.scrapedAt())
                .set(SCRAPE_BASELINE.SERIES, series)
                .set(SCRAPE_BASELINE.COUNTER_VALUES, values)
                .set(SCRAPE_BASELINE.CREATED, created)
                .onConflict(SCRAPE_BASELINE.MODEL_ID)
                .doUpdate()
                .set(SCRAPE_BASELINE.SCRAPED_AT, baseline.scrapedAt())
                .set(SCRAPE_BASELINE.SERIES, series)
                .set(SCRAPE_BASELINE.COUNTER_VALUES, values)
                .set(SCRAPE_BASELINE.CREATED, created)
                .execute();
    }
}
