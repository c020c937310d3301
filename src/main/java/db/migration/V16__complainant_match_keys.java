package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.redress.complaint.Complainant;

/**
 * Match keys on each complaint (digests of the email, the telephone digits, and the name with the address), indexed,
 * so that an intake's repeat check and the contact restrictions look up one person's earlier complaints instead of
 * reading every closed complaint about the same service. Existing complaints get their keys here, computed by the
 * same code as new ones ({@link Complainant}); complaints whose personal details were already removed have none.
 */
public class V16__complainant_match_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table complaint add column complainant_email_key varchar(64)");
            ddl.execute("alter table complaint add column complainant_phone_key varchar(64)");
            ddl.execute("alter table complaint add column complainant_name_address_key varchar(64)");
        }
        try (Statement read = connection.createStatement()) {
            read.setFetchSize(500); // PostgreSQL streams the rows (Flyway's transaction) instead of holding them all
            fill(connection, read);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index ix_complaint_email_key on complaint (complainant_email_key)");
            ddl.execute("create index ix_complaint_phone_key on complaint (complainant_phone_key)");
            ddl.execute("create index ix_complaint_name_address_key on complaint (complainant_name_address_key)");
        }
    }

    /**
     * The keys are computed by the application's own code, as of this version: should the normalisation ever
     * change, a later migration must compute every key again, or old complaints stop matching new ones.
     */
    private static void fill(Connection connection, Statement read) throws Exception {
        try (ResultSet rows = read.executeQuery("""
                     select reference, complainant_name, complainant_email, complainant_phone, complainant_address
                     from complaint where complainant_anonymous = false and anonymised_at is null""");
             PreparedStatement write = connection.prepareStatement("""
                     update complaint set complainant_email_key = ?, complainant_phone_key = ?,
                            complainant_name_address_key = ? where reference = ?""")) {
            int pending = 0;
            while (rows.next()) {
                Complainant who = new Complainant(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), false);
                write.setString(1, who.getEmailKey());
                write.setString(2, who.getPhoneKey());
                write.setString(3, who.getNameAddressKey());
                write.setString(4, rows.getString(1));
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
