package uk.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complainant;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.Subject;

/**
 * A complaint's stages come in the order they were written, on whichever node: the stage it is in (the one its
 * closing gives the outcome to) is the last written, though on two nodes it may have the lower id.
 */
class StageWrittenOrderTest extends RedressSpringTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ComplaintStageRepository stages;

    @Test
    void stagesComeInTheOrderTheyWereWritten_whateverTheirIds() {
        Complaint complaint = new Complaint("HDC-2026-STAGES-" + System.nanoTime(), "harborough-corporate", DAY,
                Channel.EMAIL, new Complainant("A Person", null, null, null, false), "Waste", "Bins", null, null,
                false, Subject.SERVICE, List.of(), Instant.now());
        Instant now = Instant.now();
        ComplaintStage stage2 = new ComplaintStage(complaint, "stage2", DAY);
        ReflectionTestUtils.setField(stage2, "written", uk.redress.persistence.WrittenAt.of(now));
        stages.saveAndFlush(stage2);
        // written a week earlier on the other node, whose block of ids is higher
        ComplaintStage stage1 = new ComplaintStage(complaint, "stage1", DAY.minusDays(7));
        ReflectionTestUtils.setField(stage1, "written", uk.redress.persistence.WrittenAt.of(now.minusSeconds(7 * 86_400)));
        stages.saveAndFlush(stage1);
        assertThat((Long) ReflectionTestUtils.getField(stage1, "id"))
                .isGreaterThan((Long) ReflectionTestUtils.getField(stage2, "id"));

        assertThat(stages.findByComplaintReferenceInWrittenOrder(complaint.getReference()))
                .extracting(ComplaintStage::getStage).containsExactly("stage1", "stage2");
    }
}
