package dev.beacon.demo;

import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.CaseFormat;
import dev.beacon.evaluation.ImportMode;
import dev.beacon.evaluation.RunSchedule;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.ScorerJson;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamService;
import dev.beacon.shared.TeamId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives each demo team with models the suite "Smoke QA" ({@link DemoSmokeQa}), imported and attached by the team's
 * owner through the real services, and — once the simulated fleet answers — runs it once on every model it is attached
 * to, so the model pages show a result from the first minute. A team that has a suite of that name is left alone, so
 * restarts never duplicate it nor undo what the team changed.
 */
@Component
@Profile("demo")
@Order(35)
class DemoEvaluations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunAs runAs;
    private final TeamService teams;
    private final ModelService models;
    private final SuiteService suites;
    private final AttachmentService attachments;
    private final RunService runs;

    DemoEvaluations(RunAs runAs, TeamService teams, ModelService models, SuiteService suites, AttachmentService attachments,
                    RunService runs) {
        this.runAs = runAs;
        this.teams = teams;
        this.models = models;
        this.suites = suites;
        this.attachments = attachments;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) {
        int attached = PerDemoTeam.seed(runAs, teams, log, "evaluation suites", this::seed);
        if (attached > 0) {
            log.info("Attached the demo suite '{}' to {} demo models", DemoSmokeQa.NAME, attached);
        }
    }

    /** Runs every team's Smoke QA once on each model it is attached to; called when the simulated fleet answers. */
    int runOnceNow() {
        return PerDemoTeam.seed(runAs, teams, log, "evaluation runs", (teamName, team) -> runAs.user(DemoCatalog.ownerOf(teamName), () -> {
            Optional<Suite> suite = smokeQa(team);
            if (suite.isEmpty()) {
                return 0;
            }
            int started = 0;
            for (var attachment : attachments.ofSuite(suite.get().id())) {
                if (attachment.data().enabled()) {
                    runs.runNow(suite.get().id(), attachment.model());
                    started++;
                }
            }
            return started;
        }));
    }

    private int seed(String teamName, TeamId team) {
        return runAs.user(DemoCatalog.ownerOf(teamName), () -> {
            Map<String, ModelListItem> attachable = teamModels(team).stream()
                    .filter(model -> DemoSmokeQa.EVERY_MINUTES.containsKey(model.name()))
                    .collect(Collectors.toMap(ModelListItem::name, model -> model, (a, b) -> a, LinkedHashMap::new));
            if (attachable.isEmpty() || smokeQa(team).isPresent()) {
                return 0;
            }
            Suite suite = suites.create(team, DemoSmokeQa.SUITE);
            suites.importCases(suite.id(), CaseFormat.JSONL, jsonl(DemoSmokeQa.cases()), ImportMode.APPEND);
            attachable.values().forEach(model -> attachments.attach(suite.id(), new AttachmentData(model.id(),
                    new RunSchedule(DemoSmokeQa.EVERY_MINUTES.get(model.name()), null, null), null,
                    BigDecimal.ZERO, 64, 4, 30, true)));
            return attachable.size();
        });
    }

    private Optional<Suite> smokeQa(TeamId team) {
        return suites.suites(Set.of(team)).stream().filter(suite -> suite.name().equalsIgnoreCase(DemoSmokeQa.NAME)).findFirst();
    }

    private List<ModelListItem> teamModels(TeamId team) {
        return models.find(new ModelFilter(team, null, null, null, null), ModelSort.NAME, true, 0, 200);
    }

    /** The cases as the JSONL file a team would import (one audit entry, "Imported 20 cases"). */
    private static String jsonl(List<CaseData> cases) {
        return cases.stream().map(data -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("messages", data.messages());
            line.put("expected", data.expected());
            if (data.scorer() != null) {
                line.put("scorer", ScorerJson.write(data.scorer()));
            }
            line.put("tags", data.tags());
            return JSON.writeValueAsString(line);
        }).collect(Collectors.joining("\n", "", "\n"));
    }
}
