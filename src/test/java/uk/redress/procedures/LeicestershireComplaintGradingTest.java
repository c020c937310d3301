package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/** The grading table (processes/leicestershire/complaint-grading.dmn) as deployed: every grade within 2..60. */
class LeicestershireComplaintGradingTest extends RedressSpringTest {

    @Autowired
    DecisionService decisions;

    private Object grade(String seriousness, String likelihood) {
        return decisions.evaluateDecisionTableByKey("leicestershire-complaint-grading",
                Map.of("seriousness", seriousness, "likelihood", likelihood)).getSingleResult().getSingleEntry();
    }

    @ParameterizedTest(name = "{0} x {1} = {2} working days")
    @CsvSource({"low,rare,2", "low,possible,5", "low,likely,10", "moderate,rare,10", "moderate,possible,15",
            "moderate,likely,20", "high,rare,20", "high,possible,30", "high,likely,40", "severe,rare,40",
            "severe,possible,50", "severe,likely,60"})
    void everyGradeHasATargetBetween2And60(String seriousness, String likelihood, int days) {
        assertThat(grade(seriousness, likelihood)).isEqualTo(days);
    }

    @Test
    void anUnknownGrade_hasNoTarget() {
        assertThat(decisions.evaluateDecisionTableByKey("leicestershire-complaint-grading",
                Map.of("seriousness", "catastrophic", "likelihood", "rare")).getResultList()).isEmpty();
    }
}
