package uk.redress.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.redress.selfassessment.Verdict.MET;
import static uk.redress.selfassessment.Verdict.NOT_APPLICABLE;
import static uk.redress.selfassessment.Verdict.NOT_MET;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.redress.RedressSpringTest;

/**
 * Each deployed procedure against the Complaint Handling Code, rule by rule, in the order of {@link CodeRules#ALL}:
 * stage 1 acknowledgement, response, extension; stage 2 acknowledgement, response, extension, handler; extension
 * letters; named stages. The seven councils' procedures predate the Code: their gaps are asserted with the reason
 * each exists; the model procedure meets every rule.
 */
class CodeSelfAssessmentTest extends RedressSpringTest {

    @Autowired
    CodeSelfAssessment selfAssessment;

    private Map<String, ProcedureAssessment> assessed() {
        return selfAssessment.assessAll().stream()
                .collect(Collectors.toMap(ProcedureAssessment::procedureKey, assessment -> assessment));
    }

    private static List<Verdict> verdicts(ProcedureAssessment assessment) {
        assertThat(assessment.rules()).extracting(RuleVerdict::rule).containsExactlyElementsOf(CodeRules.ALL);
        return assessment.rules().stream().map(RuleVerdict::verdict).toList();
    }

    private static RuleVerdict rule(ProcedureAssessment assessment, String rule) {
        return assessment.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void everyProcedureIsAssessed_theEightOfThem() {
        assertThat(assessed()).containsOnlyKeys("leicestershire-corporate", "county-corporate-two-stage",
                "harborough-corporate", "leicestershire-childrens-statutory", "warwickshire-general",
                "warwickshire-adult-social-care", "warwickshire-childrens-statutory", "lgsco-code");
    }

    @Test
    void theModelProcedure_meetsEveryRule_decidedByItsOwnSteps() {
        ProcedureAssessment model = assessed().get("lgsco-code");
        assertThat(model.statutory()).isFalse();
        assertThat(verdicts(model)).containsOnly(MET);
        assertThat(model.compliant()).isTrue();
        assertThat(rule(model, CodeRules.STAGE1_RESPONSE).decidedBy()).contains("(Task_StartStage1Clock)");
        assertThat(rule(model, CodeRules.STAGE1_RESPONSE).explanation()).contains("10 working days after the "
                + "acknowledgement");
        assertThat(rule(model, CodeRules.STAGE2_EXTENSION).explanation()).contains("run to 40", "20 more than the "
                + "target of 20");
        assertThat(rule(model, CodeRules.STAGE2_HANDLER).decidedBy()).contains("(Task_RespondStage2)");
        assertThat(rule(model, CodeRules.EXTENSION_LETTER).decidedBy()).contains("letters/lgsco-code/extension.ftl");
    }

    @Test
    void theStatutoryProcedures_areOutsideTheCode_becauseTheCouncilSendsStatutoryComplaintsThere() {
        Map<String, ProcedureAssessment> all = assessed();
        for (String key : List.of("leicestershire-childrens-statutory", "warwickshire-adult-social-care",
                "warwickshire-childrens-statutory")) {
            assertThat(all.get(key).statutory()).as(key).isTrue();
            assertThat(verdicts(all.get(key))).as(key).containsOnly(NOT_APPLICABLE);
        }
        assertThat(rule(all.get("warwickshire-adult-social-care"), CodeRules.STAGE1_ACK).decidedBy())
                .contains("online.procedure.STATUTORY_ADULT_SOCIAL_CARE", "letters/warwickshire/council.properties");
        assertThat(rule(all.get("leicestershire-childrens-statutory"), CodeRules.STAGE1_ACK).explanation())
                .contains("Children Act 1989");
    }

    @Test
    void county_meetsTheTimescales_butStage2HasNoMaximum_nothingRefusesTheStage1Handler_andTheLetterLacksTheOmbudsman() {
        ProcedureAssessment county = assessed().get("county-corporate-two-stage");
        assertThat(verdicts(county)).containsExactly(MET, MET, MET, MET, MET, NOT_MET, NOT_MET, NOT_MET, MET);
        // seed 001: 3 wd acknowledgements, stage 1 target 10 maximum 20, stage 2 20 with no maximum
        assertThat(rule(county, CodeRules.STAGE2_EXTENSION).decidedBy()).contains("(Call_Stage2)");
        assertThat(rule(county, CodeRules.STAGE2_EXTENSION).explanation()).contains("no maximum");
        assertThat(rule(county, CodeRules.STAGE2_HANDLER).explanation())
                .contains("county-service-managers", "county-independent-reviewers");
        assertThat(rule(county, CodeRules.EXTENSION_LETTER).decidedBy()).contains("letters/common/extension.ftl");
    }

    @Test
    void harborough_hasAnInformalStage_noStage1Acknowledgement_and20DaysAtStage1() {
        ProcedureAssessment harborough = assessed().get("harborough-corporate");
        assertThat(verdicts(harborough))
                .containsExactly(NOT_MET, NOT_MET, NOT_MET, MET, MET, NOT_MET, NOT_MET, NOT_MET, NOT_MET);
        // seed 002 9.1-9.11: the informal stage (5 wd) before stage 1; 9.12: stage 1 typically 20 wd, extendable
        assertThat(rule(harborough, CodeRules.NAMED_STAGES).decidedBy()).contains("(Task_StartInformalClock)");
        assertThat(rule(harborough, CodeRules.STAGE1_RESPONSE).explanation()).contains("20 working days after receipt");
        assertThat(rule(harborough, CodeRules.STAGE1_ACK).explanation()).contains("Nothing holds anyone");
        assertThat(rule(harborough, CodeRules.STAGE1_EXTENSION).explanation()).contains("no maximum");
    }

    @Test
    void leicestershireCorporate_hasOneStage_gradedUpTo60Days() {
        ProcedureAssessment leicestershire = assessed().get("leicestershire-corporate");
        assertThat(verdicts(leicestershire)).containsExactly(MET, NOT_MET, NOT_MET, NOT_APPLICABLE, NOT_APPLICABLE,
                NOT_APPLICABLE, NOT_APPLICABLE, NOT_MET, MET);
        // seed 000 6e: the grade sets a target of 2-60 days, chosen while the complaint runs
        assertThat(rule(leicestershire, CodeRules.STAGE1_RESPONSE).explanation()).contains("responseWorkingDays");
        assertThat(rule(leicestershire, CodeRules.STAGE1_EXTENSION).explanation()).contains("run to 60");
    }

    @Test
    void warwickshireGeneral_acknowledgesNeither_stage_andAllowsUpTo30Days() {
        ProcedureAssessment warwickshire = assessed().get("warwickshire-general");
        assertThat(verdicts(warwickshire))
                .containsExactly(NOT_MET, MET, NOT_MET, NOT_MET, NOT_MET, MET, NOT_MET, NOT_MET, MET);
        // seed 004: stage 1 10-30 wd, stage 2 review 30 wd; no acknowledgement timescale in the seed
        assertThat(rule(warwickshire, CodeRules.STAGE1_EXTENSION).explanation()).contains("20 more than the target");
        assertThat(rule(warwickshire, CodeRules.STAGE2_RESPONSE).decidedBy()).contains("(Task_StartStage2Clock)");
        assertThat(rule(warwickshire, CodeRules.STAGE2_RESPONSE).explanation()).contains("30 working days");
    }
}
