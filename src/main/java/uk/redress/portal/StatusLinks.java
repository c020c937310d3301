package uk.redress.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/**
 * The link a resident follows to their complaint: 256 random bits, unguessable and never the reference. It stays
 * good while the complaint is open and, once it is closed, while the complainant may still ask for the next stage
 * (the escalation window) or for {@code redress.portal.link-days-after-closing} days after closing, whichever is
 * later (28 by default: an Assumption, long enough to read the final letter).
 */
@Service
public class StatusLinks implements uk.redress.notification.ComplainantLinks {

    private final PublicAccessRepository repository;
    private final ComplaintRepository complaints;
    private final DeadlineRepository deadlines;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PortalProperties properties;
    /** Tokens issued by this thread's intake, for the letters its first steps write: never stored in the clear. */
    private final ThreadLocal<java.util.Map<String, String>> issuedHere = ThreadLocal.withInitial(java.util.HashMap::new);

    StatusLinks(PublicAccessRepository repository, ComplaintRepository complaints, DeadlineRepository deadlines,
                Clock clock, PortalProperties properties) {
        this.properties = properties;
        this.repository = repository;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A new token for the complaint; only its hash is stored. */
    public String issue(String reference) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(new PublicAccess(hash(token), reference, clock.instant()));
        issuedHere.get().put(reference, token);
        return token;
    }

    /** Forgets the tokens this thread issued, once the intake that issued them is over. */
    public void forgetIssued() {
        issuedHere.remove();
    }

    @Override
    public Optional<String> linkFor(String reference) {
        String token = issuedHere.get().get(reference);
        return token == null ? Optional.empty() : Optional.of(properties.baseUrl() + "/complain/follow/" + token);
    }

    /** The complaint the token opens, if it is a token and still good. */
    public Optional<Complaint> open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return repository.findById(hash(token)).flatMap(access -> complaints.findByReference(access.getComplaintReference()))
                .filter(this::stillGood);
    }

    private boolean stillGood(Complaint complaint) {
        if (complaint.getStatus() != ComplaintStatus.CLOSED || complaint.getClosedAt() == null) {
            return true;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        LocalDate closedOn = complaint.getClosedAt().atZone(ZoneId.of("Europe/London")).toLocalDate();
        if (!today.isAfter(closedOn.plusDays(properties.linkDaysAfterClosing()))) {
            return true;
        }
        return deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(complaint.getReference(),
                        EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED)).stream()
                .anyMatch(deadline -> "escalation-window".equals(deadline.getName()) && !today.isAfter(deadline.getDueOn()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
