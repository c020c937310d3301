package uk.redress.caseevent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The complainant withdrew the complaint, at any time, by phone, in person or in writing (Warwickshire section 8). */
public record WithdrawalRequest(
        @NotNull LocalDate withdrawnOn,
        @NotNull How how,
        @Size(max = 2000) @Pattern(regexp = "[\\n\\r\\t[^\\p{Cntrl}]]*", message = "must not contain control characters")
        String note) {

    public enum How { PHONE, IN_PERSON, EMAIL, LETTER, ONLINE }
}
