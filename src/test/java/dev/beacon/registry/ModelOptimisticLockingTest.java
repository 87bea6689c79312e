package dev.beacon.registry;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ModelOptimisticLockingTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelService models;

    Team team;
    UserAccount alice;
    UserAccount bob;
    Model model;

    @BeforeEach
    void twoEditorsOfOneModel() {
        team = fixtures.team("locking");
        alice = fixtures.user("alice");
        bob = fixtures.user("bob");
        fixtures.member(team, alice, TeamRole.EDITOR);
        fixtures.member(team, bob, TeamRole.OWNER);
        model = fixtures.model(team, "contended");
    }

    @Test
    void second_editor_gets_conflict_instead_of_overwriting() {
        Model readByAlice = fixtures.as(alice, () -> models.get(model.id()));
        Model readByBob = fixtures.as(bob, () -> models.get(model.id()));

        fixtures.as(alice, () -> models.update(readByAlice.id(), readByAlice.version(),
                RecordCopy.with(readByAlice.data(), "versionLabel", "alice-v2"), "Alice's upgrade"));

        assertThatThrownBy(() -> fixtures.as(bob, () -> models.update(readByBob.id(), readByBob.version(),
                RecordCopy.with(readByBob.data(), "versionLabel", "bob-v2"), "Bob's upgrade")))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");

        Model stored = fixtures.as(bob, () -> models.get(model.id()));
        assertThat(stored.data().versionLabel()).isEqualTo("alice-v2");
        assertThat(stored.updatedBy()).isEqualTo(alice.username());
        assertThat(stored.version()).isEqualTo(model.version() + 1);
        assertThat(fixtures.as(bob, () -> models.history(model.id())))
                .extracting(ModelVersionChange::versionLabel).containsExactly("alice-v2", "v1");
    }

    @Test
    void an_editor_who_reloads_after_a_conflict_can_save() {
        fixtures.as(alice, () -> models.update(model.id(), model.version(),
                RecordCopy.with(model.data(), "description", "by alice"), null));
        Model reloaded = fixtures.as(bob, () -> models.get(model.id()));

        Model saved = fixtures.as(bob, () -> models.update(reloaded.id(), reloaded.version(),
                RecordCopy.with(reloaded.data(), "maxOutputTokens", 4096), null));

        assertThat(saved.data().description()).isEqualTo("by alice");
        assertThat(saved.data().maxOutputTokens()).isEqualTo(4096);
    }

    @Test
    void deleting_a_model_that_changed_since_it_was_read_is_refused_and_keeps_the_model() {
        fixtures.as(alice, () -> models.update(model.id(), model.version(),
                RecordCopy.with(model.data(), "description", "changed meanwhile"), null));

        assertThatThrownBy(() -> fixtures.as(bob, () -> models.delete(model.id(), model.version())))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(fixtures.as(bob, () -> models.get(model.id())).data().description()).isEqualTo("changed meanwhile");
    }
}
