package uk.redress.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class WorkingDayCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static WorkingDayCalendar calendar(CalendarProperties properties) {
        return new WorkingDayCalendar(new BankHolidays(properties), LONDON,
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), LONDON));
    }

    private final WorkingDayCalendar calendar = calendar(CalendarProperties.defaults());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void christmas2026_boxingDayFallsOnSaturday_soMonday28DecemberIsTheSubstitute() {
        assertThat(calendar.isWorkingDay(d("2026-12-24"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-12-25"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-12-26"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-12-28"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-12-29"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isFalse();
    }

    @Test
    void easter2027_goodFridayAndEasterMondayAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(d("2027-03-25"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2027-03-26"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-03-29"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-03-30"))).isTrue();
        assertThat(calendar.addWorkingDays(d("2027-03-25"), 1)).isEqualTo(d("2027-03-30"));
    }

    @Test
    void newYear2028_fallsOnSaturday_soMonday3JanuaryIsTheSubstitute() {
        assertThat(calendar.isWorkingDay(d("2028-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2028-01-03"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2028-01-04"))).isTrue();
        assertThat(calendar.addWorkingDays(d("2027-12-31"), 1)).isEqualTo(d("2028-01-04"));
    }

    @Test
    void christmas2027_fallsOnSaturday_substitutesOnMonday27AndTuesday28December() {
        assertThat(calendar.isWorkingDay(d("2027-12-24"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2027-12-27"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-12-28"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-12-29"))).isTrue();
    }

    @Test
    void oneOffHolidays_areKnown() {
        assertThat(calendar.isWorkingDay(d("2022-09-19"))).as("state funeral").isFalse();
        assertThat(calendar.isWorkingDay(d("2023-05-08"))).as("coronation").isFalse();
        assertThat(calendar.isWorkingDay(d("2022-06-03"))).as("platinum jubilee").isFalse();
        assertThat(calendar.isWorkingDay(d("2022-05-30"))).as("spring bank holiday moved to 2 June").isTrue();
    }

    @Test
    void englandAndWalesOnly_notScotlandsSecondOfJanuaryOrStAndrewsDay() {
        assertThat(calendar.isWorkingDay(d("2026-01-02"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-11-30"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-08-31"))).as("summer bank holiday, last Monday of August").isFalse();
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2025-12-19, 5, 2025-12-30",   // the DESIGN.md example: 22, 23, 24, 29, 30 (25, 26 Dec bank holidays)
            "2026-12-23, 5, 2027-01-04",
            "2026-12-23, 20, 2027-01-25",
            "2026-12-23, 60, 2027-03-22",
            "2027-03-24, 3, 2027-03-31",   // across Easter 2027
            "2026-11-27, 0, 2026-11-27",   // day 0 itself
            "2026-11-28, 1, 2026-11-30",   // from a Saturday
    })
    void addWorkingDays(LocalDate from, int add, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, add)).isEqualTo(expected);
    }

    @Test
    void workingDaysBetween_countsDaysAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(calendar.workingDaysBetween(d("2027-01-11"), d("2027-01-18"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2026-12-23"), d("2027-01-04"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2027-01-18"), d("2027-01-18"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2027-01-18"), d("2027-01-11"))).isZero();
    }

    @Test
    void addWorkingDays_refusesNegativeOrAbsurdCounts() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-01-05"), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endOfDay_isTheLastSecondInLondon_inSummerTimeToo() {
        assertThat(calendar.endOf(d("2027-07-01")).toInstant()).isEqualTo(Instant.parse("2027-07-01T22:59:59Z"));
        assertThat(calendar.endOf(d("2027-01-04")).toInstant()).isEqualTo(Instant.parse("2027-01-04T23:59:59Z"));
    }

    @Test
    void today_isTakenInLondon() {
        WorkingDayCalendar lateEvening = new WorkingDayCalendar(new BankHolidays(CalendarProperties.defaults()), LONDON,
                Clock.fixed(Instant.parse("2027-06-30T23:30:00Z"), ZoneId.of("UTC")));
        assertThat(lateEvening.today()).isEqualTo(d("2027-07-01"));
    }

    @Test
    void govUkFile_isAuthoritativeForTheYearsItLists() {
        WorkingDayCalendar fromFile = calendar(new CalendarProperties(LONDON, "eng",
                new ClassPathResource("calendar/bank-holidays-sample.json"), List.of()));
        // the sample file lists 2030 with an invented extra day and without the summer bank holiday
        assertThat(fromFile.isWorkingDay(d("2030-06-14"))).isFalse();
        assertThat(fromFile.isWorkingDay(d("2030-08-26"))).isTrue();
        // 2031 is not in the file: the library's rules apply
        assertThat(fromFile.isWorkingDay(d("2031-08-25"))).isFalse();
    }

    @Test
    void additionalHolidays_fromConfiguration_areNotWorkingDays() {
        WorkingDayCalendar withExtra = calendar(new CalendarProperties(LONDON, "eng", null, List.of(d("2027-06-01"))));
        assertThat(withExtra.isWorkingDay(d("2027-06-01"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-06-01"))).isTrue();
    }

    @Test
    void aGovUkFileWithoutEnglandAndWales_isRefusedAtStartUp() {
        assertThatThrownBy(() -> new BankHolidays(new CalendarProperties(LONDON, "eng",
                new ClassPathResource("calendar/bank-holidays-scotland-only.json"), List.of())))
                .hasMessageContaining("england-and-wales");
    }
}
