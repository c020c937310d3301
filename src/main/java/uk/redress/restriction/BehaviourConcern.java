package uk.redress.restriction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import uk.redress.problem.PlainText;
import jakarta.validation.constraints.Size;

/** Staff raise a concern that a complainant's behaviour is unreasonable. */
public record BehaviourConcern(
        @NotBlank @Size(max = 5000) @Pattern(regexp = PlainText.LINES, message = PlainText.MESSAGE)
        String concern) {
}
