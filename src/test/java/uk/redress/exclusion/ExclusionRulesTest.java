package uk.redress.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/** Each council's exclusion table (processes/*&#47;*-exclusions.dmn) as deployed, rule by rule. */
class ExclusionRulesTest extends RedressSpringTest {

    @Autowired
    ExclusionScreening screening;

    private static ScreeningFacts facts(boolean atLeastYear, boolean moreThanYear, boolean repeat, boolean ombudsman,
                                        String concurrent, String subject, String procedure) {
        return new ScreeningFacts(atLeastYear, moreThanYear, repeat ? Optional.of("X-2025-000001") : Optional.empty(),
                ombudsman, concurrent, subject, procedure);
    }

    private List<String> grounds(String table, ScreeningFacts facts) {
        return screening.propose(table, facts).stream().map(p -> p.action() + ":" + p.ground()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"harborough-exclusions", "leicestershire-exclusions", "leicestershire-childrens-exclusions",
            "county-exclusions", "warwickshire-exclusions"})
    void anOrdinaryRecentComplaint_hasNoGrounds(String table) {
        String subject = table.equals("leicestershire-childrens-exclusions") ? "STATUTORY_CHILDRENS_SOCIAL_CARE" : "SERVICE";
        assertThat(grounds(table, facts(false, false, false, false, "", subject, "any"))).isEmpty();
    }

    /** Every row of every council's table, each triggered by the facts it names. */
    @ParameterizedTest(name = "{0} proposes {8}")
    @CsvSource({
            "harborough-exclusions, true, false, false, false, , SERVICE, x, exclude:older-than-12-months",
            "harborough-exclusions, false, false, false, false, COURT_OR_TRIBUNAL, SERVICE, x, exclude:court-or-tribunal",
            "harborough-exclusions, false, false, false, false, INSURANCE_CLAIM, SERVICE, x, redirect:insurers",
            "harborough-exclusions, false, false, false, false, , INSURANCE_CLAIM, x, redirect:insurers",
            "harborough-exclusions, false, false, false, false, , COUNCILLOR_CONDUCT, x, redirect:councillor-conduct",
            "harborough-exclusions, false, false, false, false, , PLANNING_OR_APPEAL, x, exclude:right-of-appeal",
            "harborough-exclusions, false, false, false, false, , POLITICAL_OR_POLICY_OBJECTION, x, exclude:policy-or-political",
            "harborough-exclusions, false, false, false, false, , INFORMATION_RIGHTS, x, redirect:information-request",
            "harborough-exclusions, false, false, false, false, , CHIEF_EXECUTIVE_CONDUCT, x, redirect:chief-executive",
            "harborough-exclusions, false, false, true, false, , SERVICE, x, exclude:repeat",
            "harborough-exclusions, false, false, false, true, , SERVICE, x, exclude:ombudsman",
            "leicestershire-exclusions, true, true, false, false, , SERVICE, x, exclude:older-than-one-year",
            "leicestershire-exclusions, false, false, false, false, COURT_OR_TRIBUNAL, SERVICE, x, exclude:concurrent-court",
            "leicestershire-exclusions, false, false, false, false, DISCIPLINARY, SERVICE, x, exclude:concurrent-disciplinary",
            "leicestershire-exclusions, false, false, false, false, CRIMINAL_INVESTIGATION, SERVICE, x, exclude:concurrent-criminal-investigation",
            "leicestershire-exclusions, false, false, false, false, CRIMINAL_PROCEEDINGS, SERVICE, x, exclude:concurrent-criminal-proceedings",
            "leicestershire-exclusions, false, false, false, false, , INSURANCE_CLAIM, x, exclude:public-liability-claim",
            "leicestershire-exclusions, false, false, false, false, , INFORMATION_RIGHTS, x, redirect:foi-dpa-eir",
            "leicestershire-exclusions, false, false, false, false, , STATUTORY_ADULT_SOCIAL_CARE, x, redirect:statutory-social-care",
            "leicestershire-exclusions, false, false, false, false, , SCHOOLS, x, redirect:schools",
            "leicestershire-exclusions, false, false, false, false, , COUNCILLOR_CONDUCT, x, redirect:councillor-conduct",
            "leicestershire-exclusions, false, false, false, false, , POLITICAL_OR_POLICY_OBJECTION, x, redirect:representation",
            "leicestershire-exclusions, false, false, false, false, , PLANNING_OR_APPEAL, x, redirect:council-decision",
            "leicestershire-exclusions, false, false, true, false, , SERVICE, x, exclude:repeat",
            "leicestershire-exclusions, false, false, false, true, , SERVICE, x, exclude:ombudsman",
            "leicestershire-childrens-exclusions, true, true, false, false, , STATUTORY_CHILDRENS_SOCIAL_CARE, x, exclude:older-than-one-year",
            "leicestershire-childrens-exclusions, false, false, false, false, COURT_OR_TRIBUNAL, STATUTORY_CHILDRENS_SOCIAL_CARE, x, exclude:concurrent-court",
            "leicestershire-childrens-exclusions, false, false, false, false, CRIMINAL_INVESTIGATION, STATUTORY_CHILDRENS_SOCIAL_CARE, x, exclude:concurrent-criminal",
            "leicestershire-childrens-exclusions, false, false, false, false, , STATUTORY_ADULT_SOCIAL_CARE, x, redirect:not-childrens-social-care",
            "leicestershire-childrens-exclusions, false, false, true, false, , STATUTORY_CHILDRENS_SOCIAL_CARE, x, exclude:repeat",
            "leicestershire-childrens-exclusions, false, false, false, true, , STATUTORY_CHILDRENS_SOCIAL_CARE, x, exclude:ombudsman",
            "county-exclusions, true, true, false, false, , SERVICE, x, exclude:older-than-one-year",
            "county-exclusions, false, false, false, false, COURT_OR_TRIBUNAL, SERVICE, x, exclude:courts",
            "county-exclusions, false, false, false, false, , INSURANCE_CLAIM, x, redirect:claim-for-damages",
            "county-exclusions, false, false, false, false, INSURANCE_CLAIM, SERVICE, x, redirect:claim-for-damages",
            "county-exclusions, false, false, false, false, , COUNCILLOR_CONDUCT, x, redirect:councillor-conduct",
            "county-exclusions, false, false, false, false, , STATUTORY_ADULT_SOCIAL_CARE, x, redirect:statutory-social-care",
            "county-exclusions, false, false, false, false, , STAFF_EMPLOYMENT, x, redirect:personnel",
            "county-exclusions, false, false, false, false, , POLITICAL_OR_POLICY_OBJECTION, x, redirect:affects-most-people",
            "county-exclusions, false, false, false, false, , PLANNING_OR_APPEAL, x, exclude:appeal",
            "county-exclusions, false, false, true, false, , SERVICE, x, exclude:repeat",
            "county-exclusions, false, false, false, true, , SERVICE, x, exclude:ombudsman",
            "warwickshire-exclusions, true, true, false, false, , SERVICE, x, exclude:older-than-one-year",
            "warwickshire-exclusions, false, false, false, false, COURT_OR_TRIBUNAL, SERVICE, x, exclude:legal-proceedings-or-claim",
            "warwickshire-exclusions, false, false, false, false, , COUNCILLOR_CONDUCT, x, redirect:councillor-conduct",
            "warwickshire-exclusions, false, false, false, false, , STAFF_EMPLOYMENT, x, redirect:personnel",
            "warwickshire-exclusions, false, false, false, false, , INFORMATION_RIGHTS, x, redirect:data-protection",
            "warwickshire-exclusions, false, false, false, false, , PLANNING_OR_APPEAL, x, exclude:appeal-process",
            "warwickshire-exclusions, false, false, false, false, , INSURANCE_CLAIM, x, exclude:claim",
            "warwickshire-exclusions, false, false, false, false, , STATUTORY_ADULT_SOCIAL_CARE, warwickshire-general, redirect:adult-social-care",
            "warwickshire-exclusions, false, false, false, false, , STATUTORY_CHILDRENS_SOCIAL_CARE, warwickshire-general, redirect:childrens-services",
            "warwickshire-exclusions, false, false, true, false, , SERVICE, x, exclude:exhausted",
            "warwickshire-exclusions, false, false, false, true, , SERVICE, x, exclude:ombudsman",
            "warwickshire-exclusions, false, false, false, false, , FRAUD_BY_STAFF, x, redirect:fraud",
            "warwickshire-exclusions, false, false, false, false, , POLITICAL_OR_POLICY_OBJECTION, x, redirect:council-policy"
    })
    void everyRuleOfEveryTable_proposesItsGround(String table, boolean atLeastYear, boolean moreThanYear, boolean repeat,
                                                 boolean ombudsman, String concurrent, String subject, String procedure,
                                                 String expected) {
        assertThat(grounds(table, facts(atLeastYear, moreThanYear, repeat, ombudsman, concurrent == null ? "" : concurrent,
                subject, procedure))).contains(expected);
    }

    @Test
    void harborough_excludesAtExactly12Months_othersOnlyAfterMoreThanAYear() {
        ScreeningFacts exactlyAYear = facts(true, false, false, false, "", "SERVICE", "x");
        assertThat(grounds("harborough-exclusions", exactlyAYear)).containsExactly("exclude:older-than-12-months");
        assertThat(grounds("leicestershire-exclusions", exactlyAYear)).isEmpty();
        assertThat(grounds("warwickshire-exclusions", exactlyAYear)).isEmpty();
        assertThat(grounds("county-exclusions", exactlyAYear)).isEmpty();
        ScreeningFacts overAYear = facts(true, true, false, false, "", "SERVICE", "x");
        assertThat(grounds("leicestershire-exclusions", overAYear)).containsExactly("exclude:older-than-one-year");
        assertThat(grounds("warwickshire-exclusions", overAYear)).containsExactly("exclude:older-than-one-year");
    }

    @Test
    void concurrentProceedings_areNamed() {
        assertThat(grounds("leicestershire-exclusions",
                facts(false, false, false, false, "CRIMINAL_INVESTIGATION,DISCIPLINARY", "SERVICE", "x")))
                .containsExactlyInAnyOrder("exclude:concurrent-disciplinary", "exclude:concurrent-criminal-investigation");
        assertThat(grounds("leicestershire-childrens-exclusions",
                facts(false, false, false, false, "CRIMINAL_PROCEEDINGS", "STATUTORY_CHILDRENS_SOCIAL_CARE", "x")))
                .containsExactly("exclude:concurrent-criminal");
        assertThat(grounds("harborough-exclusions", facts(false, false, false, false, "COURT_OR_TRIBUNAL", "SERVICE", "x")))
                .containsExactly("exclude:court-or-tribunal");
    }

    @Test
    void subjectsForAnotherProcedure_areRedirected() {
        assertThat(grounds("harborough-exclusions", facts(false, false, false, false, "", "COUNCILLOR_CONDUCT", "x")))
                .containsExactly("redirect:councillor-conduct");
        assertThat(grounds("county-exclusions", facts(false, false, false, false, "", "STATUTORY_ADULT_SOCIAL_CARE", "x")))
                .containsExactly("redirect:statutory-social-care");
        assertThat(grounds("warwickshire-exclusions", facts(false, false, false, false, "", "STATUTORY_CHILDRENS_SOCIAL_CARE",
                "warwickshire-general"))).containsExactly("redirect:childrens-services");
        assertThat(grounds("warwickshire-exclusions", facts(false, false, false, false, "", "STATUTORY_CHILDRENS_SOCIAL_CARE",
                "warwickshire-childrens-statutory"))).isEmpty();
        assertThat(grounds("leicestershire-childrens-exclusions", facts(false, false, false, false, "", "SCHOOLS", "x")))
                .containsExactly("redirect:not-childrens-social-care");
    }

    @Test
    void harborough_complaintsAboutTheChiefExecutive_goToTheOfficerMemberProtocol() {
        assertThat(grounds("harborough-exclusions", facts(false, false, false, false, "", "CHIEF_EXECUTIVE_CONDUCT", "x")))
                .containsExactly("redirect:chief-executive");
        assertThat(grounds("harborough-exclusions", facts(false, false, false, false, "", "SENIOR_MANAGER_CONDUCT", "x")))
                .isEmpty();
    }

    @Test
    void repeatsAndOmbudsmanCases_areExcluded() {
        assertThat(grounds("county-exclusions", facts(false, false, true, true, "", "SERVICE", "x")))
                .containsExactlyInAnyOrder("exclude:repeat", "exclude:ombudsman");
    }
}
