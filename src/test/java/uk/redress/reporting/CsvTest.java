package uk.redress.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV cells staff download, and the filters staff type. */
class CsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormula_isText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+44 1858")).isEqualTo("'+44 1858");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-12")).as("a negative number stays a number").isEqualTo("-12");
    }

    @Test
    void commasQuotesAndLineBreaks_areQuoted_andNothingElseIs() {
        assertThat(Csv.cell("Waste, recycling")).isEqualTo("\"Waste, recycling\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("Highways")).isEqualTo("Highways");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void filters_defaultToTheLastTwelveMonths_andNameEachBadDate() {
        LocalDate today = LocalDate.of(2027, 3, 31);
        ReportFilters.Parsed none = ReportFilters.parse(null, " ", null, "", null, today);
        assertThat(none.errors()).isEmpty();
        assertThat(none.filters()).isEqualTo(new ReportFilters(null, null, LocalDate.of(2026, 4, 1), today, null));

        assertThat(ReportFilters.parse(null, null, "2027-02-30", "tomorrow", null, today).errors())
                .extracting(e -> e.field()).containsExactly("to", "from");
        assertThat(ReportFilters.parse(null, null, "2027-03-02", "2027-03-01", null, today).errors())
                .extracting(e -> e.message()).containsExactly("The start date must be on or before the end date");
        assertThat(ReportFilters.parse(null, null, "2000-01-01", "2027-03-01", null, today).errors())
                .extracting(e -> e.message()).containsExactly("A report covers at most ten years");
    }
}
