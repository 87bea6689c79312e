package dev.beacon.security.internal;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.AuditSubject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JooqAuditRepositoryTest {

    @Autowired
    JooqAuditRepository repository;
    @Autowired
    DSLContext db;

    @Test
    void text_beyond_the_tables_limits_is_stored_shortened_instead_of_failing_the_change_it_describes() {
        String id = UUID.randomUUID().toString();
        String longName = TestFixtures.unique("long") + "x".repeat(1000);

        repository.append(null, "a".repeat(400), null, new AuditSubject(null, "Test", id, longName), "TESTED",
                "s".repeat(5000), null, null);

        var stored = db.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY_ID.eq(id)).fetchSingle();
        assertThat(stored.getActorName()).hasSize(300).endsWith("a…");
        assertThat(stored.getEntityName()).hasSize(300).startsWith(longName.substring(0, 299)).endsWith("…");
        assertThat(stored.getSummary()).hasSize(4000).endsWith("s…");
    }

    @Test
    void shortening_never_splits_a_character_outside_the_basic_plane() {
        String emoji = "\uD83D\uDE80";  // one code point, two Java chars

        String shortened = JooqAuditRepository.shortened(emoji.repeat(10), 5);

        assertThat(shortened).isEqualTo(emoji.repeat(4) + "…");
        assertThat(JooqAuditRepository.shortened(emoji.repeat(5), 5)).isEqualTo(emoji.repeat(5));
    }
}
