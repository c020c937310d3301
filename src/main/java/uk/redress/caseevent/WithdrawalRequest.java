package uk.redress.caseevent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import uk.redress.problem.PlainText;
import jakarta.validation.constraints.Size;

/** The complainant withdrew the complaint, at any time, by phone, in person or in writing (Warwickshire section 8). */
public record WithdrawalRequest(
        @NotNull LocalDate withdrawnOn,
        @NotNull How how,
        @Size(max = 2000) @Pattern(regexp = PlainText.LINES, message = PlainText.MESSAGE)
        String note) {

    public enum How { PHONE, IN_PERSON, EMAIL, LETTER, ONLINE }
}
