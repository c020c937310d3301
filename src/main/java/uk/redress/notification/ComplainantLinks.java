package uk.redress.notification;

import java.util.Optional;

/**
 * Where a complainant can follow their complaint online, if they can: a letter written while the link is at hand
 * (the acknowledgement of a complaint made online) gives it as {@code statusLink}.
 */
public interface ComplainantLinks {

    Optional<String> linkFor(String reference);
}
