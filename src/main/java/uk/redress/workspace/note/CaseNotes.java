package uk.redress.workspace.note;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.problem.PlainText;

/** Staff notes on complaints: plain text of at most {@value CaseNote#MAX_LENGTH} characters, kept as written. */
@Service
public class CaseNotes {

    private static final Pattern PLAIN = Pattern.compile(PlainText.LINES);

    private final CaseNoteRepository repository;

    CaseNotes(CaseNoteRepository repository) {
        this.repository = repository;
    }

    /** What is wrong with a note, in words for the person who typed it; empty when it can be kept. */
    public Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the note");
        }
        if (text.strip().length() > CaseNote.MAX_LENGTH) {
            return Optional.of("The note must be " + CaseNote.MAX_LENGTH + " characters or fewer (it has "
                    + text.strip().length() + ")");
        }
        if (!PLAIN.matcher(text).matches()) {
            return Optional.of("The note must be plain text: remove the hidden or control characters");
        }
        return Optional.empty();
    }

    @Transactional
    public CaseNote add(String reference, String text, String writtenBy, Instant at) {
        String refused = problem(text).orElse(null);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        return repository.save(new CaseNote(reference, text.strip(), writtenBy, at));
    }

    @Transactional(readOnly = true)
    public List<CaseNote> of(String reference) {
        return repository.findByComplaintReferenceOrderByWrittenAtAsc(reference);
    }
}
