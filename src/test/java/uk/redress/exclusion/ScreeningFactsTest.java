package uk.redress.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.redress.complaint.Complainant;

/** The date tests behind "12 months old or older" and "more than one year", at their boundaries. */
class ScreeningFactsTest {

    @ParameterizedTest(name = "event {0}, received {1}: at least a year {2}, more than a year {3}")
    @CsvSource({
            "2025-11-27, 2026-11-27, true,  false",  // exactly 12 months
            "2025-11-26, 2026-11-27, true,  true",   // one day over
            "2025-11-28, 2026-11-27, false, false",  // one day under
            "2027-02-28, 2028-02-29, true,  true",   // the anniversary was 28 February: a leap day later is one day over
            "2027-02-27, 2028-02-29, true,  true",
            "2027-03-01, 2028-02-29, false, false",
            "2028-02-29, 2029-02-28, true,  false",  // event on a leap day: its anniversary is 28 February
            "2028-02-29, 2029-02-27, false, false",
            "2028-02-28, 2029-02-28, true,  false",
            "2028-02-27, 2029-02-28, true,  true"})
    void ageOfTheEvent(LocalDate event, LocalDate received, boolean atLeastOneYear, boolean moreThanOneYear) {
        assertThat(ScreeningFacts.atLeastOneYearOld(event, received)).isEqualTo(atLeastOneYear);
        assertThat(ScreeningFacts.moreThanOneYearOld(event, received)).isEqualTo(moreThanOneYear);
    }

    @Test
    void noEventDate_isNeverTooOld() {
        assertThat(ScreeningFacts.atLeastOneYearOld(null, LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(ScreeningFacts.moreThanOneYearOld(null, LocalDate.of(2026, 11, 27))).isFalse();
    }

    @Test
    void theSamePersonsMatchKeys_byEmail_phoneDigits_orNameAndAddress_noneWhenAnonymous() {
        Complainant sam = new Complainant("Sam Resident", "Sam@Example.org", "01858 821 100", "1 The Square", false);
        assertThat(new Complainant("S R", "sam@example.org ", null, null, false).getEmailKey())
                .isEqualTo(sam.getEmailKey()).isNotNull();
        assertThat(new Complainant("S R", null, "(01858) 821100", null, false).getPhoneKey())
                .isEqualTo(sam.getPhoneKey()).isNotNull();
        assertThat(new Complainant("sam  resident", null, null, " 1 the  square", false).getNameAddressKey())
                .isEqualTo(sam.getNameAddressKey()).isNotNull();
        assertThat(new Complainant("Sam Resident", null, null, "2 The Square", false).getNameAddressKey())
                .isNotEqualTo(sam.getNameAddressKey());
        assertThat(new Complainant("S R", null, "8211", null, false).getPhoneKey()).as("fewer than six digits").isNull();
        Complainant anonymous = new Complainant(null, "sam@example.org", null, null, true);
        assertThat(anonymous.getEmailKey()).isNull();
        assertThat(anonymous.getPhoneKey()).isNull();
        assertThat(anonymous.getNameAddressKey()).isNull();
    }
}
