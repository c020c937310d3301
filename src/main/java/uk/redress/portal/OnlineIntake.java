package uk.redress.portal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ContactMethod;
import uk.redress.complaint.IntakeRequest;
import uk.redress.complaint.LetterFormat;
import uk.redress.complaint.RepresentativeRole;
import uk.redress.complaint.Subject;

/**
 * Turns a resident's answers into the intake request staff intake takes (channel {@code ONLINE_FORM}, received
 * today, the council's procedure for what it is about) and checks them by the same rules, each problem worded for
 * the resident and tied to the question it is about.
 */
@Component
class OnlineIntake {

    private static final Set<String> CARE = Set.of("SERVICE", "STATUTORY_ADULT_SOCIAL_CARE",
            "STATUTORY_CHILDRENS_SOCIAL_CARE");

    private final Validator validator;
    private final WorkingDayCalendar calendar;
    private final MessageSource messages;

    OnlineIntake(Validator validator, WorkingDayCalendar calendar, MessageSource messages) {
        this.validator = validator;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The request, and question id to message for each problem (empty when there are none). */
    record Checked(IntakeRequest request, Map<String, String> errors) {
    }

    Checked check(OnlineComplaintForm form, String procedure) {
        Map<String, String> errors = new LinkedHashMap<>();
        Subject subject = form.careType() != null && CARE.contains(form.careType())
                ? Subject.valueOf(form.careType()) : null;
        if (subject == null) {
            errors.put("careType", say("error.careType"));
        }
        LocalDate eventDate = date(form, errors);
        if (!OnlineComplaintForm.notBlank(form.email()) && !OnlineComplaintForm.notBlank(form.phone())
                && !OnlineComplaintForm.notBlank(form.address())) {
            errors.put("email", say("error.contact"));
        }
        ContactMethod contact = choice(form.preferredContact(), ContactMethod::valueOf, "preferredContact", errors);
        LetterFormat format = choice(form.letterFormat(), LetterFormat::valueOf, "letterFormat", errors);
        IntakeRequest.RepresentativeDetails representative = !form.hasRepresentative() ? null
                : new IntakeRequest.RepresentativeDetails(form.representativeName(),
                choice(form.representativeRole(), RepresentativeRole::valueOf, "representativeRole", errors),
                blankToNull(form.representativeEmail()), null, null);
        IntakeRequest.AdjustmentDetails adjustments = contact == null && format == null
                && blankToNull(form.otherAdjustments()) == null ? null
                : new IntakeRequest.AdjustmentDetails(contact, format, blankToNull(form.otherAdjustments()));
        IntakeRequest request = new IntakeRequest(procedure, calendar.today(), Channel.ONLINE_FORM,
                new IntakeRequest.ComplainantDetails(blankToNull(form.name()), blankToNull(form.email()),
                        blankToNull(form.phone()), blankToNull(form.address()), false),
                form.serviceArea(), form.summary(), blankToNull(form.outcomeSought()), eventDate, false,
                subject == null ? Subject.SERVICE : subject, Set.of(), representative, adjustments);
        if (!OnlineComplaintForm.notBlank(form.name())) {
            errors.putIfAbsent("name", say("error.name"));
        }
        for (ConstraintViolation<IntakeRequest> violation : validator.validate(request)) {
            String question = question(violation.getPropertyPath().toString());
            errors.putIfAbsent(question, say("error." + question + "." + violation.getConstraintDescriptor()
                    .getAnnotation().annotationType().getSimpleName(), "error." + question));
        }
        return new Checked(request, errors);
    }

    private LocalDate date(OnlineComplaintForm form, Map<String, String> errors) {
        if (!OnlineComplaintForm.notBlank(form.eventDay()) && !OnlineComplaintForm.notBlank(form.eventMonth())
                && !OnlineComplaintForm.notBlank(form.eventYear())) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(form.eventYear().trim()),
                    Integer.parseInt(form.eventMonth().trim()), Integer.parseInt(form.eventDay().trim()));
            if (date.isAfter(calendar.today()) || date.getYear() < 1900) {
                errors.put("eventDay", say("error.eventDate.past"));
                return null;
            }
            return date;
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put("eventDay", say("error.eventDate"));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String value, Function<String, E> parse, String question,
                                         Map<String, String> errors) {
        if (!OnlineComplaintForm.notBlank(value)) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.put(question, say("error." + question));
            return null;
        }
    }

    /** The question a field of the intake request comes from. */
    private static String question(String path) {
        return switch (path) {
            case "complainant.name" -> "name";
            case "complainant.email" -> "email";
            case "complainant.phone" -> "phone";
            case "complainant.address" -> "address";
            case "representative.name" -> "representativeName";
            case "representative.role" -> "representativeRole";
            case "representative.email" -> "representativeEmail";
            case "adjustments.other" -> "otherAdjustments";
            default -> path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        };
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String say(String key, String fallbackKey) {
        String specific = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
        return specific != null ? specific : say(fallbackKey);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
