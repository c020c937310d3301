package uk.redress.workspace.record;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ConcurrentProceeding;
import uk.redress.complaint.ContactMethod;
import uk.redress.complaint.IntakeRequest;
import uk.redress.complaint.LetterFormat;
import uk.redress.complaint.RepresentativeRole;
import uk.redress.complaint.Subject;
import uk.redress.problem.FieldError;
import uk.redress.workspace.DateField;
import uk.redress.workspace.FieldWording;
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
                date(form.receivedOnDay(), form.receivedOnMonth(), form.receivedOnYear(), "receivedOn", errors),
                choice(form.channel(), Channel::valueOf, errors, "channel"),
                new IntakeRequest.ComplainantDetails(form.name(), blankToNull(form.email()), blankToNull(form.phone()),
                        form.address(), form.checked(form.anonymous())),
                form.serviceArea(), form.summary(), form.outcomeSought(),
                date(form.eventDateDay(), form.eventDateMonth(), form.eventDateYear(), "eventDate", errors),
                form.checked(form.aboutStaffBehaviour()), choice(form.subject(), Subject::valueOf, errors, "subject"),
                proceedings, representative, adjustments);
        IntakeFields.WORDING.addAll(validator.validate(request), errors);
        return request;
    }

    /** A rule the intake itself enforces, e.g. "receivedOn: must not be in the future". */
    void add(FieldError error, FormErrors errors) {
        IntakeFields.WORDING.add(error, errors);
    }

    private static <E extends Enum<E>> E choice(String value, Function<String, E> parse, FormErrors errors, String path) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException unknown) {
            FieldWording.Field field = IntakeFields.WORDING.at(path);
            errors.add(field.id(), field.label() + ": choose one of the options");
            return null;
        }
    }

    private static LocalDate date(String day, String month, String year, String path, FormErrors errors) {
        FieldWording.Field field = IntakeFields.WORDING.at(path);
        return DateField.read(day, month, year, field.id().replace("-day", ""), field.label(), errors);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
