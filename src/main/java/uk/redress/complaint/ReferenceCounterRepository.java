package uk.redress.complaint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, String> {

    /** Adds one to the series in the database itself: the row lock and the latest value come with the update. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ReferenceCounter c set c.lastNumber = c.lastNumber + 1 where c.series = :series")
    int increment(@Param("series") String series);

    @Query("select c.lastNumber from ReferenceCounter c where c.series = :series")
    long lastNumber(@Param("series") String series);
}
