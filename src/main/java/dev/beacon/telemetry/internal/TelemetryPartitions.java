package dev.beacon.telemetry.internal;

import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.rollup.Resolution;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates and drops the partitions of the telemetry tables. Raw tables have one partition per team,
 * split into one partition per UTC day; minute rollups one per day; hour and day rollups one per month.
 * Partitions are made when first needed and remembered, so the ingestion path pays for the DDL once a
 * day per team. Creation takes an advisory lock, so several instances never race on the same name.
 */
@Component
public class TelemetryPartitions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final DSLContext db;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    TelemetryPartitions(DSLContext db) {
        this.db = db;
    }

    /** Makes sure the team's partition of the raw table exists for each of the days. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureRaw(RawTable table, TeamId team, Set<LocalDate> days) {
        String teamPartition = teamPartition(table, team);
        for (LocalDate day : days) {
            String name = teamPartition + "_" + DAY.format(day);
            if (known.contains(name)) {
                continue;
            }
            lock(teamPartition);
            db.execute("create table if not exists " + teamPartition + " partition of " + table.tableName()
                    + " for values in ('" + team.value() + "') partition by range (" + table.timeColumn() + ")");
            createRange(name, teamPartition, day.atStartOfDay().toInstant(ZoneOffset.UTC),
                    day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            known.add(name);
        }
    }

    /** Makes sure the rollup table of the resolution has a partition for each of the buckets. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureRollup(Resolution resolution, Set<Instant> buckets) {
        for (Instant bucket : buckets) {
            String parent = rollupTable(resolution);
            LocalDate day = LocalDate.ofInstant(bucket, ZoneOffset.UTC);
            String name;
            Instant from;
            Instant to;
            if (resolution == Resolution.MINUTE) {
                name = parent + "_" + DAY.format(day);
                from = day.atStartOfDay().toInstant(ZoneOffset.UTC);
                to = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else {
                YearMonth month = YearMonth.from(day);
                name = parent + "_" + MONTH.format(month);
                from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (!known.contains(name)) {
                lock(parent);
                createRange(name, parent, from, to);
                known.add(name);
            }
        }
    }

    /** Drops the team's day partitions of the raw table that end on or before the cutoff day. */
    @Transactional
    public List<String> dropRawBefore(RawTable table, TeamId team, LocalDate cutoff) {
        String teamPartition = teamPartition(table, team);
        List<String> dropped = children(teamPartition).stream()
                .filter(name -> LocalDate.parse(name.substring(name.length() - 8), DAY).isBefore(cutoff))
                .toList();
        dropped.forEach(this::drop);
        return dropped;
    }

    /** Drops the rollup partitions whose whole range lies before the cutoff. */
    @Transactional
    public List<String> dropRollupsBefore(Resolution resolution, Instant cutoff) {
        String parent = rollupTable(resolution);
        List<String> dropped = children(parent).stream()
                .filter(name -> !rangeEnd(resolution, name.substring(parent.length() + 1)).isAfter(cutoff))
                .toList();
        dropped.forEach(this::drop);
        return dropped;
    }

    private static Instant rangeEnd(Resolution resolution, String suffix) {
        LocalDate end = resolution == Resolution.MINUTE
                ? LocalDate.parse(suffix, DAY).plusDays(1)
                : YearMonth.parse(suffix, MONTH).plusMonths(1).atDay(1);
        return end.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The teams that have a partition of the raw table. */
    @Transactional(readOnly = true)
    public List<TeamId> teamsWithRawData(RawTable table) {
        return db.fetch("select pg_get_expr(c.relpartbound, c.oid) from pg_inherits i"
                        + " join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent"
                        + " where p.relname = ?", table.tableName())
                .map(row -> {
                    String bound = row.get(0, String.class);
                    return TeamId.of(bound.substring(bound.indexOf('\'') + 1, bound.lastIndexOf('\'')));
                });
    }

    private List<String> children(String parent) {
        return db.fetch("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                        + " join pg_class p on p.oid = i.inhparent where p.relname = ? order by c.relname", parent)
                .map(row -> row.get(0, String.class));
    }

    private void drop(String name) {
        db.execute("drop table if exists " + name);
        known.remove(name);
    }

    private void createRange(String name, String parent, Instant from, Instant to) {
        db.execute("create table if not exists " + name + " partition of " + parent
                + " for values from ('" + from + "') to ('" + to + "')");
    }

    private void lock(String name) {
        db.fetch("select pg_advisory_xact_lock(hashtext(?))", name);
    }

    static String teamPartition(RawTable table, TeamId team) {
        return table.tableName() + "_" + team.value().toString().replace("-", "");
    }

    static String rollupTable(Resolution resolution) {
        return "rollup_" + resolution.name().toLowerCase();
    }
}
