package uk.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failed delivery is logged and shown in Cockpit: the recipient's address must not travel with it. */
class DeliveryFailedTest {

    @Test
    void theMailServersAnswerLosesTheRecipientsAddress_butKeepsWhatWentWrong() {
        DeliveryFailed failed = new DeliveryFailed("Email to the mail server failed: 550 <jo.bloggs@example.org>: "
                + "mailbox unavailable", new IllegalStateException("Invalid Addresses: jo.bloggs@example.org"));

        assertThat(failed.getMessage()).isEqualTo("Email to the mail server failed: 550 <<address>>: mailbox unavailable");
        assertThat(failed.getCause().getMessage())
                .isEqualTo("java.lang.IllegalStateException: Invalid Addresses: <address>");
        assertThat(failed.getCause().getStackTrace()).isNotEmpty();
    }
}
