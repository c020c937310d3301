package uk.redress.workspace.record;

import java.time.LocalDate;
import java.util.List;

/**
 * The "Record a complaint" form as the browser posts it: text only, so nothing typed can fail the binding;
 * {@link IntakeRequestMapper} turns it into the intake request and names whatever is wrong. The names are the
 * form's field names.
 */
public record ComplaintForm(
        String procedure, String channel, String receivedOnDay, String receivedOnMonth, String receivedOnYear,
        String name, String anonymous, String email, String phone, String address,
        String serviceArea, String subject, String summary, String outcomeSought,
        String eventDateDay, String eventDateMonth, String eventDateYear, String aboutStaffBehaviour,
        List<String> concurrentProceedings,
        String representativeName, String representativeRole, String representativeEmail,
        String representativePhone, String representativeAddress,
        String preferredContact, String letterFormat, String otherAdjustments) {

    public ComplaintForm {
        concurrentProceedings = concurrentProceedings == null ? List.of() : List.copyOf(concurrentProceedings);
    }

    /** A blank form: received today, about a council service, under the only procedure if there is one. */
    static ComplaintForm blank(LocalDate today, String onlyProcedure) {
        return new ComplaintForm(onlyProcedure, null, String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null, null, null, null, null,
                null, "SERVICE", null, null, null, null, null, null, List.of(), null, null, null, null, null,
                null, null, null);
    }

    public boolean checked(String value) {
        return "true".equals(value);
    }

    /** A representative is recorded when any of their details is given. */
    boolean hasRepresentative() {
        return java.util.stream.Stream.of(representativeName, representativeRole, representativeEmail,
                representativePhone, representativeAddress).anyMatch(value -> value != null && !value.isBlank());
    }
}
