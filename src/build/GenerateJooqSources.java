import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.LambdaConverter;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates Beacon's jOOQ classes from the Flyway migrations, on a throw-away embedded PostgreSQL 18.
 * Runs in the build's generate-sources phase (see pom.xml and docs/design-decisions/0002-jooq-code-generation.md),
 * so the generated code can never drift from the migrations and no database has to be running.
 * <p>
 * Arguments: migrations directory, output directory, this file (its content is part of the up-to-date check).
 */
public class GenerateJooqSources {

    static final String PACKAGE = "dev.beacon.jooq";
    static final String STAMP = ".schema-sha256";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path self = Path.of(args[2]);
        String fingerprint = fingerprint(migrations, self);
        Path stamp = output.resolve(STAMP);
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("jOOQ sources are up to date with " + migrations);
            return;
        }
        deleteRecursively(output);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output));
        }
        Files.writeString(stamp, fingerprint);
        System.out.println("Generated jOOQ sources into " + output);
    }

    static Configuration configuration(String jdbcUrl, Path output) {
        return new Configuration()
                .withJdbc(new Jdbc().withUrl(jdbcUrl).withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("flyway_schema_history")
                                .withRecordVersionFields("version")
                                .withForcedTypes(forcedTypes()))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withFluentSetters(true)
                                .withGeneratedAnnotation(false)
                                .withComments(false))
                        .withTarget(new Target()
                                .withPackageName(PACKAGE)
                                .withDirectory(output.toString())));
    }

    /** Typed ids for every "*_id" column of an entity, Instant for every timestamp, enums for coded text. */
    static List<ForcedType> forcedTypes() {
        List<ForcedType> types = new ArrayList<>();
        types.add(new ForcedType().withName("INSTANT").withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone)"));
        types.add(typedId("TeamId", "team_id"));
        types.add(typedId("UserId", "(.*_)?user_id"));
        types.add(typedId("ModelId", "model_id"));
        types.add(enumType("dev.beacon.security.TeamRole", "team_membership\\.role"));
        types.add(enumType("dev.beacon.registry.ModelRuntime", "model\\.runtime"));
        types.add(enumType("dev.beacon.registry.ModelStatus", "model\\.status"));
        types.add(typedId("dev.beacon.dashboard.DashboardId", "dashboard_id"));
        types.add(typedId("dev.beacon.dashboard.PanelId", "dashboard_panel_id"));
        types.add(enumType("dev.beacon.dashboard.Visibility", "dashboard\\.visibility"));
        types.add(enumType("dev.beacon.dashboard.Aggregation", "dashboard_panel\\.aggregation"));
        types.add(enumType("dev.beacon.dashboard.ChartType", "dashboard_panel\\.chart"));
        types.add(enumType("dev.beacon.dashboard.PanelMetric", "dashboard_panel\\.metric"));
        types.add(typedId("dev.beacon.notification.ChannelId", "channel_id"));
        types.add(typedId("dev.beacon.notification.NoticeId", "notice_id"));
        types.add(enumType("dev.beacon.notification.ChannelType", "(notification_channel\\.channel_type|notification_delivery\\.target_type)"));
        types.add(enumType("dev.beacon.notification.WebhookFormat", "notification_channel\\.webhook_format"));
        types.add(enumType("dev.beacon.notification.MinimumSeverity", "notification_channel\\.min_severity"));
        types.add(enumType("dev.beacon.notification.Severity", "notice\\.severity"));
        types.add(enumType("dev.beacon.notification.DeliveryStatus", "notification_delivery\\.status"));
        types.add(typedId("dev.beacon.alerting.RuleId", "alert_rule_id"));
        types.add(typedId("dev.beacon.alerting.DefaultRuleId", "(alert_default_id|overrides_default_id)"));
        types.add(enumType("dev.beacon.alerting.AlertMetric", "alert_(rule|default)\\.metric"));
        types.add(enumType("dev.beacon.alerting.ThresholdComparator", "alert_(rule|default)\\.comparator"));
        types.add(enumType("dev.beacon.alerting.NoDataMode", "alert_(rule|default)\\.no_data"));
        types.add(enumType("dev.beacon.registry.ModelRuntime", "alert_default\\.match_runtime"));
        types.add(enumType("dev.beacon.alerting.AlertState", "(alert_state\\.state|alert_transition\\.(from|to)_state|alert_notice\\.to_state)"));
        types.add(enumType("dev.beacon.alerting.Severity", "alert_(state|transition|notice|ack)\\.severity"));
        types.add(typedId("dev.beacon.maintenance.TicketId", "ticket_id"));
        types.add(typedId("dev.beacon.maintenance.ScheduleId", "schedule_id"));
        types.add(enumType("dev.beacon.maintenance.TicketType", "ticket\\.type"));
        types.add(enumType("dev.beacon.maintenance.TicketPriority", "ticket\\.priority"));
        types.add(enumType("dev.beacon.maintenance.TicketStatus", "ticket\\.status"));
        types.add(enumType("dev.beacon.maintenance.TicketType", "maintenance_schedule\\.ticket_type"));
        types.add(enumType("dev.beacon.maintenance.TicketPriority", "maintenance_schedule\\.ticket_priority"));
        types.add(enumType("dev.beacon.maintenance.ScheduleRecurrence.Unit", "maintenance_schedule\\.every_unit"));
        types.add(typedId("dev.beacon.evaluation.SuiteId", "eval_suite_id"));
        types.add(typedId("dev.beacon.evaluation.CaseId", "eval_case_id"));
        types.add(enumType("dev.beacon.evaluation.Outcome", "eval_result\\.outcome"));
        types.add(typedId("dev.beacon.evaluation.AttachmentId", "eval_attachment_id"));
        types.add(typedId("dev.beacon.evaluation.RunId", "eval_run_id"));
        types.add(enumType("dev.beacon.evaluation.RunStatus", "eval_run\\.status"));
        types.add(enumType("dev.beacon.evaluation.RunTrigger", "eval_run\\.trigger"));
        return types;
    }

    static ForcedType enumType(String type, String columnPattern) {
        return new ForcedType()
                .withUserType(type)
                .withEnumConverter(true)
                .withIncludeExpression("(?i:(.*\\.)?" + columnPattern + ")");
    }

    /** A typed id of {@code dev.beacon.shared} by its simple name, or of a module by its full name. */
    static ForcedType typedId(String name, String columnPattern) {
        String type = name.contains(".") ? name : "dev.beacon.shared." + name;
        return new ForcedType()
                .withUserType(type)
                .withLambdaConverter(new LambdaConverter().withFrom(type + "::new").withTo(type + "::value"))
                .withIncludeExpression("(?i:(.*\\.)?" + columnPattern + ")")
                .withIncludeTypes("(?i:uuid)");
    }

    static String fingerprint(Path migrations, Path self) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Files.readAllBytes(self));
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
