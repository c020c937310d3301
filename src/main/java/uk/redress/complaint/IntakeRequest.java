package uk.redress.complaint;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        @Valid RepresentativeDetails representative) {

    /** A complaint without a representative (the usual case). */
    public IntakeRequest(String procedure, LocalDate receivedOn, Channel channel, ComplainantDetails complainant,
                         String serviceArea, String summary, String outcomeSought, LocalDate eventDate,
                         Boolean aboutStaffBehaviour, Subject subject,
                         java.util.Set<ConcurrentProceeding> concurrentProceedings) {
        this(procedure, receivedOn, channel, complainant, serviceArea, summary, outcomeSought, eventDate,
                aboutStaffBehaviour, subject, concurrentProceedings, null);
    }

    /** One line of text: no control characters at all. */
    static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
    /** Several lines of text: line breaks and tabs allowed, other control characters not. */
    static final String TEXT = "[\\n\\r\\t[^\\p{Cntrl}]]*";
    static final String CONTROL_MESSAGE = "must not contain control characters";

    /** A Councillor, MP or other person acting for the complainant: copied every letter (Harborough 10.1, 11.2). */
    public record RepresentativeDetails(
            @NotBlank @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_MESSAGE) String name,
            @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_MESSAGE) String role,
            @Size(max = 320) @Email String email,
            @Size(max = 1000) @Pattern(regexp = TEXT, message = CONTROL_MESSAGE) String address) {
    }

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
}
