package dev.beacon.registry;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.Violations;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import jakarta.validation.ConstraintViolationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@IntegrationTest
class ModelValidationTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelService models;
    @Autowired
    DSLContext db;

    Team team;
    UserAccount editor;

    @BeforeEach
    void editorOfATeam() {
        team = fixtures.team("validation");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    static Stream<Arguments> invalidFields() {
        List<String> tooManyTags = IntStream.rangeClosed(1, 21).mapToObj(i -> "tag" + i).toList();
        return Stream.of(
                arguments("name", "   "),
                arguments("name", null),
                arguments("name", "n".repeat(101)),
                arguments("description", "d".repeat(2001)),
                arguments("runtime", null),
                arguments("endpointUrl", "gpu-node-1:8000/no-scheme"),
                arguments("endpointUrl", "not a url at all"),
                arguments("endpointUrl", "ftp://gpu-node-1/models"),
                arguments("endpointUrl", "http://"),
                arguments("endpointUrl", ""),
                arguments("endpointUrl", longUrl(501)),
                arguments("servedModelName", " "),
                arguments("servedModelName", "s".repeat(201)),
                arguments("versionLabel", ""),
                arguments("versionLabel", "v".repeat(81)),
                arguments("contextWindow", 0),
                arguments("contextWindow", -8192),
                arguments("contextWindow", null),
                arguments("defaultTemperature", new BigDecimal("-0.1")),
                arguments("defaultTemperature", new BigDecimal("2.01")),
                arguments("defaultTemperature", new BigDecimal("0.705")),
                arguments("defaultTemperature", null),
                arguments("maxOutputTokens", 0),
                arguments("tags", List.of("Chat")),
                arguments("tags", List.of("two words")),
                arguments("tags", Arrays.asList("chat", null)),
                arguments("tags", tooManyTags),
                arguments("status", null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void registering_with_one_invalid_field_names_that_field_and_saves_nothing(String field, Object value) {
        var data = RecordCopy.with(TestFixtures.modelData(TestFixtures.unique("invalid")), field, value);
        int modelsBefore = modelsOfTeam();
        int auditBefore = auditEntriesOfTeam();

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.register(team.id(), data)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));

        assertThat(modelsOfTeam()).isEqualTo(modelsBefore);
        assertThat(auditEntriesOfTeam()).isEqualTo(auditBefore);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void updating_with_one_invalid_field_names_that_field_and_keeps_the_stored_model(String field, Object value) {
        Model model = fixtures.model(team, "valid");

        assertThatThrownBy(() -> fixtures.as(editor, () ->
                models.update(model.id(), model.version(), RecordCopy.with(model.data(), field, value), null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));

        assertThat(fixtures.as(editor, () -> models.get(model.id()))).isEqualTo(model);
    }

    @Test
    void the_largest_valid_values_are_accepted() {
        List<String> twentyTags = new ArrayList<>(IntStream.rangeClosed(1, 20)
                .mapToObj(i -> String.format("tag-%02d-", i) + "t".repeat(33)).toList());
        var data = new ModelData("n".repeat(100), "d".repeat(2000), ModelRuntime.OTHER, longUrl(500),
                "s".repeat(200), "v".repeat(80), 10_000_000, new BigDecimal("2.00"), 1, twentyTags, ModelStatus.DEPRECATED,
                new ModelMonitoring(true, "https://metrics.example.org:9090/" + "m".repeat(467), 3600, 60, true, 3600, 60));

        Model model = fixtures.as(editor, () -> models.register(team.id(), data));
        Model versioned = fixtures.as(editor, () -> models.update(model.id(), model.version(),
                data.withVersionLabel("w".repeat(80)), "n".repeat(ModelVersionChange.MAX_NOTE)));

        assertThat(model.data().tags()).hasSize(20).allSatisfy(tag -> assertThat(tag).hasSize(40));
        assertThat(model.data().defaultTemperature()).isEqualByComparingTo("2");
        assertThat(versioned.data()).isEqualTo(data.withVersionLabel("w".repeat(80)));
        assertThat(fixtures.as(editor, () -> models.history(model.id())).getFirst().note()).hasSize(2000);
    }

    @Test
    void a_version_note_of_more_than_2000_characters_is_refused_naming_versionNote_and_nothing_is_saved() {
        Model model = fixtures.model(team, "noted");
        int auditBefore = auditEntriesOfTeam();

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.update(model.id(), model.version(),
                model.data().withVersionLabel("v2"), "n".repeat(2001))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(Violations.properties(e)).containsExactly("versionNote");
                    assertThat(e.getConstraintViolations().iterator().next().getMessage()).isEqualTo("Use at most 2000 characters");
                });

        assertThat(fixtures.as(editor, () -> models.get(model.id()))).isEqualTo(model);
        assertThat(fixtures.as(editor, () -> models.history(model.id()))).extracting(ModelVersionChange::versionLabel)
                .containsExactly("v1");
        assertThat(auditEntriesOfTeam()).isEqualTo(auditBefore);
    }

    /** A valid http URL of exactly this many characters. */
    static String longUrl(int length) {
        String start = "http://gpu-node-1:8000/";
        return start + "p".repeat(length - start.length());
    }

    @Test
    void a_second_model_with_the_same_name_in_the_same_team_is_refused_on_the_name_field() {
        Model existing = fixtures.model(team, "duplicate");
        var sameNameOtherCase = RecordCopy.with(existing.data(), "name", existing.data().name().toUpperCase());
        int modelsBefore = modelsOfTeam();

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.register(team.id(), sameNameOtherCase)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("already has a model with this name");
                });
        assertThat(modelsOfTeam()).isEqualTo(modelsBefore);
    }

    @Test
    void renaming_a_model_to_the_name_of_another_model_of_the_team_is_refused_on_the_name_field() {
        Model first = fixtures.model(team, "first");
        Model second = fixtures.model(team, "second");

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.update(second.id(), second.version(),
                RecordCopy.with(second.data(), "name", first.data().name()), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(fixtures.as(editor, () -> models.get(second.id())).data().name()).isEqualTo(second.data().name());
    }

    @Test
    void the_same_name_in_another_team_is_fine() {
        Model existing = fixtures.model(team, "shared-name");
        Team otherTeam = fixtures.team("other");
        fixtures.member(otherTeam, editor, TeamRole.EDITOR);

        Model copy = fixtures.as(editor, () -> models.register(otherTeam.id(), existing.data()));

        assertThat(copy.data().name()).isEqualTo(existing.data().name());
        assertThat(copy.team()).isEqualTo(otherTeam.id());
    }

    private int modelsOfTeam() {
        return db.fetchCount(MODEL, MODEL.TEAM_ID.eq(team.id()));
    }

    private int auditEntriesOfTeam() {
        return db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.TEAM_ID.eq(team.id()));
    }
}
