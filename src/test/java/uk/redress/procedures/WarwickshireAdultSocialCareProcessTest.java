package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** Warwickshire adult social care (seed 004): one statutory stage of 10 (up to 30) working days, then the LGSCO. */
class WarwickshireAdultSocialCareProcessTest extends WarwickshireProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_Respond";
    }

    @Override
    String procedure() {
        return "warwickshire-adult-social-care";
    }

    @Test
    void intake_opensStage1Due10WorkingDaysLater_andTheBreachIsRecordedAfterDay10() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("warwickshire-adult-social-care");
        assertThat(firesOnlyAfter(c, "2027-01-11")).isEqualTo(1);
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());
    }

    @Test
    void extension_to30WorkingDays_thenResponse_endsTheProcedureWithTheOmbudsmanSignpost() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-05"));
        assertThatThrownBy(() -> c.complete("Task_Respond", extendTo("2027-02-09"))).hasMessageContaining("maximum");
        c.complete("Task_Respond", extendTo("2027-02-08"));
        assertThat(firesOnlyAfter(c, "2027-02-08")).isEqualTo(1);

        c.complete("Task_Respond", respond());
        assertThat(c.ended()).isTrue();
        assertThat(c.passed("End_Responded")).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
        // the one response goes from Redress: the officer's text with the Ombudsman's details
        assertThat(letter(c, "final-response").getBody())
                .contains("We have looked into your complaint and put things right.").contains("Ombudsman");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
        assertThat(c.running("stage1-response")).isEmpty();
    }
}
