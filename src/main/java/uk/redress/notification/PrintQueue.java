package uk.redress.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.problem.Conflict;

/**
 * Letters for the post wait here once rendered to PDF, until a member of staff prints and posts them and says so:
 * who and when are kept with the letter and shown wherever its delivery is. Callers decide who may see and mark
 * which procedures' letters.
 */
@Component
public class PrintQueue {

    /** The queue lists this many letters at most, oldest first: the post room's day, not an archive. */
    static final int PAGE = 200;

    private final CorrespondenceRepository repository;
    private final WorkingDayCalendar calendar;

    PrintQueue(CorrespondenceRepository repository, WorkingDayCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    public List<Correspondence> waiting(Collection<String> procedures) {
        return procedures.isEmpty() ? List.of() : repository.awaitingPrint(procedures, PageRequest.of(0, PAGE));
    }

    public java.util.Optional<Correspondence> find(String id) {
        return repository.findById(id);
    }

    /** Records that {@code who} printed and posted the letter now; refused if it is not waiting to be printed. */
    @Transactional
    public void markPrinted(String id, String who) {
        if (repository.markPrinted(id, who, Instant.now(calendar.clock())) != 1) {
            throw new Conflict("This letter is not waiting to be printed: it has been marked already");
        }
    }
}
