package dev.beacon.registry;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.MODEL_CREDENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A model's API key: stored encrypted, readable only by Beacon's own calls, never shown or audited in plain text. */
@IntegrationTest
class ModelCredentialsTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelCredentials credentials;
    @Autowired
    DSLContext db;

    Team team;
    Model model;
    String apiKey;

    @BeforeEach
    void aModel() {
        team = fixtures.team("credentials");
        model = fixtures.model(team, "keyed");
        apiKey = "sk-" + TestFixtures.unique("plain-key-material");
    }

    @Test
    void the_database_column_holds_only_ciphertext_and_beacon_reads_the_key_back() {
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), "  " + apiKey + "\n"));

        byte[] stored = db.select(MODEL_CREDENTIAL.API_KEY).from(MODEL_CREDENTIAL)
                .where(MODEL_CREDENTIAL.MODEL_ID.eq(model.id())).fetchSingle(MODEL_CREDENTIAL.API_KEY);
        String storedHex = HexFormat.of().formatHex(stored);
        assertThat(storedHex).doesNotContain(HexFormat.of().formatHex(apiKey.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(HexFormat.of().formatHex("plain-key-material".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("plain-key-material");
        assertThat(credentials.apiKey(model.id())).as("without any signed-in user").contains(apiKey);
        assertThat(fixtures.asAdmin(() -> credentials.hasApiKey(model.id()))).isTrue();
    }

    @Test
    void a_new_key_replaces_the_old_one_and_removing_it_leaves_none() {
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), apiKey));
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), apiKey + "-rotated"));

        assertThat(credentials.apiKey(model.id())).contains(apiKey + "-rotated");

        fixtures.asAdmin(() -> credentials.removeApiKey(model.id()));

        assertThat(credentials.apiKey(model.id())).isEmpty();
        assertThat(fixtures.asAdmin(() -> credentials.hasApiKey(model.id()))).isFalse();
    }

    @Test
    void the_audit_log_says_a_key_was_set_replaced_and_removed_but_never_holds_it() {
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), apiKey));
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), apiKey + "-rotated"));
        fixtures.asAdmin(() -> credentials.removeApiKey(model.id()));

        var entries = db.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY_ID.eq(model.id().toString()))
                .and(AUDIT_ENTRY.ACTION.startsWith("API_KEY")).orderBy(AUDIT_ENTRY.AUDIT_ENTRY_ID).fetch();
        assertThat(entries).extracting(entry -> entry.getSummary()).containsExactly(
                "API key set for model " + model.data().name(),
                "API key replaced for model " + model.data().name(),
                "API key removed from model " + model.data().name());
        assertThat(entries).allSatisfy(entry -> assertThat(entry.formatJSON()).doesNotContain("plain-key-material"));
    }

    @Test
    void editors_set_keys_viewers_only_learn_whether_there_is_one_and_other_teams_find_no_model() {
        UserAccount viewer = fixtures.user("key-viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        UserAccount editor = fixtures.user("key-editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        UserAccount stranger = fixtures.memberOfNewTeam("key-stranger", TeamRole.OWNER);

        fixtures.as(editor, () -> credentials.setApiKey(model.id(), apiKey));

        assertThat(fixtures.as(viewer, () -> credentials.hasApiKey(model.id()))).isTrue();
        assertThatThrownBy(() -> fixtures.as(viewer, () -> credentials.setApiKey(model.id(), "sk-other")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> credentials.removeApiKey(model.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> credentials.hasApiKey(model.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> credentials.setApiKey(model.id(), "sk-other")))
                .isInstanceOf(NotFoundException.class);
        assertThat(credentials.apiKey(model.id())).contains(apiKey);
    }

    @Test
    void a_key_that_cannot_go_into_an_http_header_is_refused_on_the_api_key_field() {
        for (String bad : new String[]{"", "   ", "two words", "line\nbreak", "ключ", "x".repeat(ModelCredentials.MAX_API_KEY + 1)}) {
            assertThatThrownBy(() -> fixtures.asAdmin(() -> credentials.setApiKey(model.id(), bad)))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("apiKey"));
        }
        assertThat(credentials.apiKey(model.id())).isEmpty();
    }

    @Test
    void deleting_the_model_deletes_its_key() {
        fixtures.asAdmin(() -> credentials.setApiKey(model.id(), apiKey));

        fixtures.deleteModel(model);

        assertThat(db.fetchCount(MODEL_CREDENTIAL, MODEL_CREDENTIAL.MODEL_ID.eq(model.id()))).isZero();
    }
}
