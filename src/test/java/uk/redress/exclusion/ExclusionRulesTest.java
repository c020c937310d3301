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
