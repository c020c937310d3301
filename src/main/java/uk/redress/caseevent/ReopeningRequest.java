package uk.redress.caseevent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A manager authorises re-opening a discontinued complaint (Warwickshire section 9). */
public record ReopeningRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String authorisedBy,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "[\\n\\r\\t[^\\p{Cntrl}]]*", message = "must not contain control characters")
        String reason) {
}
