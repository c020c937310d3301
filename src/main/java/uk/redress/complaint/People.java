package uk.redress.complaint;

import java.util.Locale;
import java.util.Objects;

/** Whether two complaints come from the same person: same email, same telephone digits, or same name and address. */
public final class People {

    private People() {
    }

    public static boolean samePerson(Complainant a, Complainant b) {
        if (a.isAnonymous() || b.isAnonymous()) {
            return false;
        }
        if (a.getEmail() != null && b.getEmail() != null
                && a.getEmail().trim().equalsIgnoreCase(b.getEmail().trim())) {
            return true;
        }
        String phoneA = digits(a.getPhone());
        if (phoneA.length() >= 6 && phoneA.equals(digits(b.getPhone()))) {
            return true;
        }
        return a.getName() != null && a.getAddress() != null
                && normal(a.getName()).equals(normal(b.getName())) && normal(a.getAddress()).equals(normal(b.getAddress()));
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    private static String normal(String text) {
        return Objects.requireNonNullElse(text, "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
