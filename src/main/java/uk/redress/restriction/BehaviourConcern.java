package uk.redress.restriction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Staff raise a concern that a complainant's behaviour is unreasonable. */
public record BehaviourConcern(
        @NotBlank @Size(max = 5000) @Pattern(regexp = "[\\n\\r\\t[^\\p{Cntrl}]]*", message = "must not contain control characters")
        String concern) {
}
