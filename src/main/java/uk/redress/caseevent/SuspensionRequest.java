package uk.redress.caseevent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.redress.problem.PlainText;
import uk.redress.complaint.ConcurrentProceeding;

/** A Service Manager suspends a complaint because of concurrent proceedings (Warwickshire section 6). */
public record SuspensionRequest(
        @NotNull ConcurrentProceeding because,
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.LINE, message = PlainText.MESSAGE)
        String decidedBy,
        @Size(max = 2000) @Pattern(regexp = PlainText.LINES, message = PlainText.MESSAGE)
        String note) {
}
