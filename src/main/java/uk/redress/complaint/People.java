package uk.redress.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Two complaints come from the same person when they share an email, telephone digits, or name and address (never
 * an anonymous one). Each of the three is kept with a complaint as a match key (a SHA-256 digest of the normalised value), so that the
 * database finds a person's earlier complaints by index instead of Redress reading every complaint about a service;
 * the keys go with the personal details at the end of the retention period.
 */
public final class People {

    private People() {
    }

    /** The email, trimmed and in lower case; null without one. */
    static String emailKey(String email) {
        return email == null || email.isBlank() ? null : digest(email.trim().toLowerCase(Locale.ROOT));
    }

    /** The telephone number's digits, when there are at least six; otherwise null. */
    static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.length() >= 6 ? digest(digits) : null;
    }

    /** Name and address together, spaces and case evened out; null unless both are given. */
    static String nameAddressKey(String name, String address) {
        return name == null || address == null ? null : digest(normal(name) + "\n" + normal(address));
    }

    private static String normal(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
