package uk.redress.complaint;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.redress.problem.PlainText;

/**
 * A complaint as staff record it at intake (the DESIGN.md contract). Free text may be any language and any
 * punctuation, but never control characters: they have no place in a letter and hide things from reviewers.
 */
public record IntakeRequest(
        @NotBlank @Size(max = 100) String procedure,
        @NotNull LocalDate receivedOn,
        @NotNull Channel channel,
        @NotNull @Valid ComplainantDetails complainant,
        @NotBlank @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_MESSAGE) String serviceArea,
        @NotBlank @Size(max = 10000) @Pattern(regexp = TEXT, message = CONTROL_MESSAGE) String summary,
        @Size(max = 5000) @Pattern(regexp = TEXT, message = CONTROL_MESSAGE) String outcomeSought,
        LocalDate eventDate,
        Boolean aboutStaffBehaviour,
        Subject subject,
        @Size(max = 8) java.util.Set<@NotNull ConcurrentProceeding> concurrentProceedings,
        @Valid RepresentativeDetails representative,
        @Valid AdjustmentDetails adjustments) {

    /** A complaint with no representative and no adjustments recorded. */
    public IntakeRequest(String procedure, LocalDate receivedOn, Channel channel, ComplainantDetails complainant,
                         String serviceArea, String summary, String outcomeSought, LocalDate eventDate,
                         Boolean aboutStaffBehaviour, Subject subject,
                         java.util.Set<ConcurrentProceeding> concurrentProceedings) {
        this(procedure, receivedOn, channel, complainant, serviceArea, summary, outcomeSought, eventDate,
                aboutStaffBehaviour, subject, concurrentProceedings, null, null);
    }

    /** One line of text (see {@link PlainText}). */
    static final String NO_CONTROL_CHARACTERS = PlainText.LINE;
    /** Several lines of text: line breaks and tabs allowed. */
    static final String TEXT = PlainText.LINES;
    static final String CONTROL_MESSAGE = PlainText.MESSAGE;

    public record ComplainantDetails(
            @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_MESSAGE) String name,
            @Size(max = 320) @Email String email,
            @Size(max = 40) @Pattern(regexp = "[0-9 +()\\-]*", message = "must be a telephone number (digits, spaces, + ( ) -)") String phone,
            @Size(max = 1000) @Pattern(regexp = TEXT, message = CONTROL_MESSAGE) String address,
            Boolean anonymous) {

        boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }
    }

    /** Someone acting for the complainant with their consent: a councillor, an MP, an advocate... */
    public record RepresentativeDetails(
            @NotBlank @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_MESSAGE) String name,
            @NotNull RepresentativeRole role,
            @Size(max = 320) @Email String email,
            @Size(max = 40) @Pattern(regexp = "[0-9 +()\\-]*", message = "must be a telephone number (digits, spaces, + ( ) -)") String phone,
            @Size(max = 1000) @Pattern(regexp = TEXT, message = CONTROL_MESSAGE) String address) {
    }

    /** Reasonable adjustments: how to contact the complainant, the format of letters, anything else they need. */
    public record AdjustmentDetails(
            ContactMethod preferredContact,
            LetterFormat format,
            @Size(max = 1000) @Pattern(regexp = TEXT, message = CONTROL_MESSAGE) String other) {
    }
}
