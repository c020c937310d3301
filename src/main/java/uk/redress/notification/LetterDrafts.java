package uk.redress.notification;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.problem.InvalidInput;

/**
 * A response letter as it would go now, before it goes: the same templates, model and PDF layout as
 * {@link Letters#send} and {@link LetterDelivery} use, with the officer's draft text in {@code responseText}.
 * Nothing is stored or sent.
 */
@Component
public class LetterDrafts {

    /** The variable a response letter's template reads the officer's text from. */
    public static final String TEXT = "responseText";
    /** The variable on a response task naming the letter its text goes into (set by the diagram). */
    public static final String LETTER = "responseLetter";
    static final int MAX_TEXT = 10_000;

    private final Councils councils;
    private final LetterTemplates templates;
    private final LetterModel models;
    private final LetterPdf pdf;
    private final Recipients recipients;
    private final WorkingDayCalendar calendar;

    LetterDrafts(Councils councils, LetterTemplates templates, LetterModel models, LetterPdf pdf,
                 Recipients recipients, WorkingDayCalendar calendar) {
        this.councils = councils;
        this.templates = templates;
        this.models = models;
        this.pdf = pdf;
        this.recipients = recipients;
        this.calendar = calendar;
    }

    /** The letter as text: its subject and body, exactly as the email or the PDF would carry them. */
    public RenderedLetter preview(Complaint complaint, String letter, Map<String, Object> variables, String text) {
        String council = councils.of(complaint.getProcedure());
        Map<String, Object> withText = new HashMap<>(variables);
        withText.put(TEXT, requireText(text));
        return templates.render(council, complaint.getProcedure(), letter,
                models.build(complaint, templates.councilDetails(council, complaint.getProcedure()), withText));
    }

    /** The same letter laid out for the post, addressed as it would be. */
    public byte[] printable(Complaint complaint, String letter, Map<String, Object> variables, String text) {
        RenderedLetter content = preview(complaint, letter, variables, text);
        String council = councils.of(complaint.getProcedure());
        Recipients.Recipient to = recipients.complainant(complaint.getComplainant());
        String address = to.route() == Route.POST ? to.address() : to.name();
        return pdf.render(council, templates.councilDetails(council, complaint.getProcedure()), address,
                LetterModel.inWords(calendar.today()), content);
    }

    /** Nothing goes out with an empty response: the officer's text is required, and has a length limit. */
    public static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(TEXT, "Write the response to the complainant: the letter cannot go without it");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInput.of(TEXT, "The response must be " + MAX_TEXT + " characters or fewer");
        }
        return text.strip();
    }
}
