package uk.redress.complaint;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues references such as {@code HDC-2026-000042}: the council's prefix (from its diagram), the year the
 * complaint was received and a number counted per prefix and year by a database sequence of that series (e.g.
 * {@code reference_hdc_2026}). The number is the sequence's next value, taken in the intake's own transaction: a
 * sequence hands each number out once to every node, never waits for another transaction and is not given back
 * when one rolls back, so an intake that fails leaves a gap, never a duplicate. The unique constraint on the
 * reference is the second line of defence.
 * <p>
 * A series' sequence is created on its first use (DDL, so in a short transaction of its own, before the intake's:
 * see {@link #prepare}); it starts after the last number of the series' row in {@code reference_counter}, where
 * references were counted before, so an upgraded database carries on its numbering. Nodes remember the series they
 * have seen; two creating one at once both end up using the one that exists.
 */
@Component
class References {

    /** Becomes part of a sequence name, so letters only (and short enough for any database's names). */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z]{1,20}");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate creation;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();
    /** How this database takes a sequence's next value, found on first use; %s is the sequence's name. */
    private volatile String nextValue;

    References(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.creation = new TransactionTemplate(transactionManager);
        this.creation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next reference of the series, in the caller's transaction.
     *
     * @throws SeriesNotPrepared if this node has not yet {@linkplain #prepare prepared} the series
     */
    String next(String prefix, int year) {
        String sequence = sequence(prefix, year);
        if (!prepared.contains(sequence)) {
            throw new SeriesNotPrepared(prefix, year);
        }
        long number = jdbc.sql("select " + nextValue.formatted(sequence)).query(Long.class).single();
        return "%s-%d-%06d".formatted(prefix, year, number);
    }

    /**
     * Makes sure the series' sequence exists, outside any other transaction: creating a sequence ends the current
     * transaction on some databases (H2), and an intake should never hold two connections.
     */
    void prepare(String prefix, int year) {
        String sequence = sequence(prefix, year);
        if (prepared.contains(sequence)) {
            return;
        }
        if (nextValue == null) {
            nextValue = postgres() ? "nextval('%s')" : "next value for %s";
        }
        try {
            create(sequence, prefix + "-" + year);
        } catch (DataAccessException createdByAnotherNodeAtTheSameMoment) {
            // its IF NOT EXISTS now sees the other's committed sequence
            create(sequence, prefix + "-" + year);
        }
        prepared.add(sequence);
    }

    private void create(String sequence, String series) {
        creation.executeWithoutResult(status -> {
            long last = jdbc.sql("select last_number from reference_counter where series = ?").param(series)
                    .query(Long.class).optional().orElse(0L);
            jdbc.sql("create sequence if not exists " + sequence + " start with " + (last + 1)).update();
        });
    }

    private boolean postgres() {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the references", e);
        }
    }

    private static String sequence(String prefix, int year) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalStateException("A procedure's referencePrefix must be 1 to 20 letters, not '" + prefix
                    + "': fix its diagram");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("No reference series for the year " + year);
        }
        return "reference_" + prefix.toLowerCase(Locale.ROOT) + "_" + year;
    }

    /** The series has no sequence this node knows of: {@link #prepare} it outside the transaction and try again. */
    static final class SeriesNotPrepared extends RuntimeException {

        private final String prefix;
        private final int year;

        SeriesNotPrepared(String prefix, int year) {
            super("Reference series " + prefix + "-" + year + " not prepared on this node", null, false, false);
            this.prefix = prefix;
            this.year = year;
        }

        String prefix() {
            return prefix;
        }

        int year() {
            return year;
        }
    }
}
