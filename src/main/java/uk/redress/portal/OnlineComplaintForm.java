package uk.redress.portal;

import java.io.Serializable;

/**
 * The online complaint form as the browser posts it: text only, so nothing typed can fail the binding.
 * {@code website} is a honeypot: hidden from people, filled in by robots.
 */
public record OnlineComplaintForm(
        String serviceArea, String careType, String summary, String eventDay, String eventMonth, String eventYear,
        String outcomeSought, String name, String email, String phone, String address, String preferredContact,
        String letterFormat, String otherAdjustments, String representativeName, String representativeRole,
        String representativeEmail, String website) implements Serializable {

    static OnlineComplaintForm blank() {
        return new OnlineComplaintForm(null, "SERVICE", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    boolean hasRepresentative() {
        return notBlank(representativeName) || notBlank(representativeRole) || notBlank(representativeEmail);
    }

    boolean filledInByARobot() {
        return notBlank(website);
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
