package uk.redress.retention;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a complaint's personal details from Redress's own tables and keeps what the figures need (reference,
 * procedure, dates, channel, service area, stage, outcome, clocks, the stages' outcomes): who complained, how to
 * reach them and their representative, what they wrote, letters' text and documents, staff notes, restrictions
 * on contact and residents' status links.
 */
@Component
class PersonalDetailsRemoval {

    static final String REMOVED = "Removed at the end of the retention period";

    private final JdbcClient jdbc;

    PersonalDetailsRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many of the complaints were changed (one already done by another node is skipped). */
    @Transactional
    int remove(Iterable<String> references, Instant at) {
        int removed = 0;
        for (String reference : references) {
            int changed = jdbc.sql("""
                            update complaint set complainant_name = null, complainant_email = null,
                                   complainant_phone = null, complainant_address = null, summary = :removed,
                                   complainant_email_key = null, complainant_phone_key = null,
                                   complainant_name_address_key = null,
                                   outcome_sought = null, anonymised_at = :at, version = version + 1
                            where reference = :reference and anonymised_at is null""")
                    .param("removed", REMOVED).param("at", Timestamp.from(at)).param("reference", reference)
                    .update();
            if (changed == 0) {
                continue;
            }
            jdbc.sql("""
                            update correspondence set recipient = null, body = :removed, document = null,
                                   last_error = null, version = version + 1
                            where complaint_reference = :reference""")
                    .param("removed", REMOVED).param("reference", reference).update();
            for (String table : new String[] {"contact_arrangements", "complaint_document", "public_access",
                    "restriction", "case_note"}) {
                jdbc.sql("delete from " + table + " where complaint_reference = :reference")
                        .param("reference", reference).update();
            }
            removed++;
        }
        return removed;
    }
}
