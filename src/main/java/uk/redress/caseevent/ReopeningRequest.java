package uk.redress.caseevent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import uk.redress.problem.PlainText;
import jakarta.validation.constraints.Size;

/** A manager authorises re-opening a discontinued complaint (Warwickshire section 9). */
public record ReopeningRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.LINE, message = PlainText.MESSAGE)
        String authorisedBy,
        @NotBlank @Size(max = 2000) @Pattern(regexp = PlainText.LINES, message = PlainText.MESSAGE)
        String reason) {
}
