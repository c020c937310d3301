package uk.redress.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import uk.redress.RedressSpringTest;

/**
 * "The latest clock of a name" is the one written last, on whichever node: each node takes ids from the sequence in
 * blocks of 50, so on two nodes the clock written later may have the lower id (the database query, on H2 and on
 * PostgreSQL in CI).
 */
class WrittenOrderTest extends RedressSpringTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    DeadlineRepository repository;

    @Test
    void theLatestClockOfANameIsTheOneWrittenLast_whateverItsId() {
        String reference = "HDC-2026-WRITTEN-" + System.nanoTime();
        Instant now = Instant.now();
        // this node writes stage 2's acknowledgement first in id order, and the other node's stage 1 one, written
        // yesterday, comes with a higher id
        Deadline stage2 = written(reference, now);
        repository.saveAndFlush(stage2);
        Deadline stage1 = written(reference, now.minusSeconds(86_400));
        stage1.close(DAY);
        repository.saveAndFlush(stage1);
        assertThat(stage1.getId()).isGreaterThan(stage2.getId());

        assertThat(repository.findLatestNamed(reference, "acknowledgement", EnumSet.allOf(DeadlineState.class)))
                .hasValueSatisfying(latest -> assertThat(latest.getId()).isEqualTo(stage2.getId()));
    }

    private static Deadline written(String reference, Instant when) {
        Deadline deadline = new Deadline(reference, "process", "acknowledgement", DAY, DAY, DAY.plusDays(5));
        ReflectionTestUtils.setField(deadline, "written", uk.redress.persistence.WrittenAt.of(when));
        return deadline;
    }
}
