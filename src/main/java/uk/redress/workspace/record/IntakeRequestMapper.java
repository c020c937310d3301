package uk.redress.workspace.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ConcurrentProceeding;
import uk.redress.complaint.ContactMethod;
import uk.redress.complaint.IntakeRequest;
import uk.redress.complaint.LetterFormat;
import uk.redress.complaint.RepresentativeRole;
import uk.redress.complaint.Subject;
import uk.redress.problem.FieldError;
import uk.redress.workspace.FormErrors;

/**
 * Turns the posted form into the intake request the API takes, and checks it by the same rules: the request's own
 * constraints here, the intake's rules (future dates, unknown procedure...) when it is received. Each problem is
 * worded for the person at the form and names the field.
 */
@Component
class IntakeRequestMapper {

    private final Validator validator;

    IntakeRequestMapper(Validator validator) {
        this.validator = validator;
    }

    IntakeRequest toRequest(ComplaintForm form, FormErrors errors) {
        Set<ConcurrentProceeding> proceedings = new LinkedHashSet<>();
        for (String proceeding : form.concurrentProceedings()) {
            proceedings.add(choice(proceeding, ConcurrentProceeding::valueOf, errors, "concurrentProceedings"));
        }
        proceedings.remove(null);
        IntakeRequest.RepresentativeDetails representative = !form.hasRepresentative() ? null
                : new IntakeRequest.RepresentativeDetails(form.representativeName(),
                choice(form.representativeRole(), RepresentativeRole::valueOf, errors, "representative.role"),
                blankToNull(form.representativeEmail()), blankToNull(form.representativePhone()),
                form.representativeAddress());
        ContactMethod contact = choice(form.preferredContact(), ContactMethod::valueOf, errors, "adjustments.preferredContact");
        LetterFormat format = choice(form.letterFormat(), LetterFormat::valueOf, errors, "adjustments.format");
        IntakeRequest.AdjustmentDetails adjustments = contact == null && format == null && blankToNull(form.otherAdjustments()) == null
                ? null : new IntakeRequest.AdjustmentDetails(contact, format, form.otherAdjustments());
        IntakeRequest request = new IntakeRequest(blankToNull(form.procedure()),
                date(form.receivedDay(), form.receivedMonth(), form.receivedYear(), "receivedOn", errors),
                choice(form.channel(), Channel::valueOf, errors, "channel"),
                new IntakeRequest.ComplainantDetails(form.name(), blankToNull(form.email()), blankToNull(form.phone()),
                        form.address(), form.checked(form.anonymous())),
                form.serviceArea(), form.summary(), form.outcomeSought(),
                date(form.eventDay(), form.eventMonth(), form.eventYear(), "eventDate", errors),
                form.checked(form.aboutStaffBehaviour()), choice(form.subject(), Subject::valueOf, errors, "subject"),
                proceedings, representative, adjustments);
        for (ConstraintViolation<IntakeRequest> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            IntakeFields.Field field = IntakeFields.at(path);
            if (!errors.has(field.id())) {
                errors.add(field.id(), message(field, violation));
            }
        }
        return request;
    }

    /** A rule the intake itself enforces, e.g. "receivedOn: must not be in the future". */
    void add(FieldError error, FormErrors errors) {
        IntakeFields.Field field = IntakeFields.at(error.field());
        errors.add(field.id(), field.label() + " " + error.message()
                .replace("after receivedOn", "after the date received"));
    }

    private static String message(IntakeFields.Field field, ConstraintViolation<?> violation) {
        Object constraint = violation.getConstraintDescriptor().getAnnotation();
        if ((constraint instanceof NotBlank || constraint instanceof NotNull) && !field.missing().isEmpty()) {
            return field.missing();
        }
        if (constraint instanceof Size size) {
            return field.label() + " must be " + size.max() + " characters or fewer";
        }
        return field.label() + " " + violation.getMessage();
    }

    private static <E extends Enum<E>> E choice(String value, Function<String, E> parse, FormErrors errors, String path) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException unknown) {
            IntakeFields.Field field = IntakeFields.at(path);
            errors.add(field.id(), field.label() + ": choose one of the options");
            return null;
        }
    }

    /** A GOV.UK date input: blank is no date; anything else must be a real day. */
    private static LocalDate date(String day, String month, String year, String path, FormErrors errors) {
        if (blankToNull(day) == null && blankToNull(month) == null && blankToNull(year) == null) {
            return null;
        }
        IntakeFields.Field field = IntakeFields.at(path);
        if (blankToNull(day) == null || blankToNull(month) == null || blankToNull(year) == null) {
            errors.add(field.id(), field.label() + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000) {
                errors.add(field.id(), field.label() + " must include a 4-digit year");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field.id(), field.label() + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
