package uk.redress.ombudsman;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The Ombudsman has written about a complaint: when, under which of its references, and the reply's deadline. */
public record OmbudsmanEnquiryRequest(
        @NotNull LocalDate receivedOn,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9 /-]*", message = "must be the Ombudsman's case reference (letters, digits, spaces, / and -)")
        String ombudsmanReference,
        @NotNull LocalDate replyDueOn) {
}
