package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import uk.redress.complaint.Complainant;

/** Complaints recorded before the match keys get them on upgrade; anonymous and anonymised ones get none. */
class ComplainantMatchKeysMigrationTest {

    @Test
    void existingComplaints_getTheKeysNewOnesWouldHave() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:match-keys;DB_CLOSE_DELAY=-1")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("""
                        create table complaint (reference varchar(40) primary key, complainant_name varchar(200),
                          complainant_email varchar(320), complainant_phone varchar(40),
                          complainant_address varchar(1000), complainant_anonymous boolean not null,
                          anonymised_at timestamp(6) with time zone)""");
                sql.execute("insert into complaint values ('A', 'Sam Resident', ' Sam@Example.org', '(01858) 821100', "
                        + "'1 The Square', false, null)");
                sql.execute("insert into complaint values ('B', null, null, null, null, true, null)");
                sql.execute("insert into complaint values ('C', null, null, null, null, false, current_timestamp)");
            }
            new V16__complainant_match_keys().migrate(new Context() {
                public Configuration getConfiguration() {
                    return null;
                }

                public Connection getConnection() {
                    return db;
                }
            });
            Complainant sam = new Complainant("Sam Resident", "sam@example.org", "01858 821100", "1 the square", false);
            try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("""
                    select reference, complainant_email_key, complainant_phone_key, complainant_name_address_key
                    from complaint order by reference""")) {
                row.next();
                assertThat(row.getString(2)).isEqualTo(sam.getEmailKey()).isNotNull();
                assertThat(row.getString(3)).isEqualTo(sam.getPhoneKey()).isNotNull();
                assertThat(row.getString(4)).isEqualTo(sam.getNameAddressKey()).isNotNull();
                for (int i = 0; i < 2; i++) {
                    row.next();
                    assertThat(row.getString(2)).isNull();
                    assertThat(row.getString(3)).isNull();
                    assertThat(row.getString(4)).isNull();
                }
            }
        }
    }
}
