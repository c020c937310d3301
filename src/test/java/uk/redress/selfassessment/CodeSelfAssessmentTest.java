package uk.redress.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.redress.RedressSpringTest;

class CodeSelfAssessmentTest extends RedressSpringTest {

    @Autowired
    CodeSelfAssessment selfAssessment;

    @Test
    void print() {
        List<ProcedureAssessment> all = selfAssessment.assessAll();
        all.forEach(a -> {
            System.out.println("### " + a.procedureKey() + " " + a.statutory());
            a.rules().forEach(r -> System.out.println("  " + r.verdict() + " | " + r.rule() + "\n      BY " + r.decidedBy()
                    + "\n      WHY " + r.explanation()));
        });
        assertThat(all).hasSize(8);
    }
}
