package uk.redress.notification;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test double for "the job failed after the letter left": when armed, throws once from inside the delivery job's
 * transaction right after a message was handed over, so the job rolls back and is retried.
 */
@Component
class FailOnceAfterSend {

    private final AtomicBoolean armed = new AtomicBoolean();

    void arm() {
        armed.set(true);
    }

    @EventListener
    void after(LetterSent sent) {
        if (armed.compareAndSet(true, false)) {
            throw new IllegalStateException("simulated failure after " + sent.letter() + " was sent");
        }
    }
}
