package uk.redress.notification;

/**
 * A letter could not be handed over; its job retries and, in the end, raises an incident. The message goes to the
 * log, Cockpit and the correspondence log, so any email address in the mail server's answer is blanked out.
 */
class DeliveryFailed extends RuntimeException {

    private static final java.util.regex.Pattern EMAIL_ADDRESS =
            java.util.regex.Pattern.compile("[^\\s<>\"',;:()]+@[^\\s<>\"',;:()]+");

    DeliveryFailed(String message, Throwable cause) {
        super(withoutAddresses(message));
        // the cause's own message may name the recipient: keep its type and stack, not its text
        if (cause != null) {
            RuntimeException trace = new RuntimeException(cause.getClass().getName() + ": "
                    + withoutAddresses(String.valueOf(cause.getMessage())));
            trace.setStackTrace(cause.getStackTrace());
            initCause(trace);
        }
    }

    static String withoutAddresses(String text) {
        return text == null ? null : EMAIL_ADDRESS.matcher(text).replaceAll("<address>");
    }
}
