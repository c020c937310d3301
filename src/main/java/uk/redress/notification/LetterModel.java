package uk.redress.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.Deadlines;

/**
 * What a letter template can use: {@code council.*} (the council's details), {@code complaint.*},
 * {@code complainant.salutation}, {@code today}, {@code due['stage1-response']} and {@code responseDue} (open
 * clocks, as dates in words), {@code vars.*} (the process's variables of simple types) and, for staff emails,
 * {@code task.*} and {@code tasklistUrl}. Dates are written out in full ("Wednesday 23 December 2026").
 */
@Component
class LetterModel {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** {@code ${dateInWords(vars.reviewOn)}}: a YYYY-MM-DD variable written out in full. */
    static final freemarker.template.TemplateMethodModelEx DATE_IN_WORDS = arguments -> {
        if (arguments.size() != 1 || arguments.get(0) == null) {
            throw new freemarker.template.TemplateModelException("dateInWords takes one YYYY-MM-DD date");
        }
        try {
            return inWords(LocalDate.parse(arguments.get(0).toString().trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new freemarker.template.TemplateModelException("'" + arguments.get(0) + "' is not a date");
        }
    };

    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final java.util.List<ComplainantLinks> links;

    LetterModel(Deadlines deadlines, WorkingDayCalendar calendar, java.util.List<ComplainantLinks> links) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.links = links;
    }

    Map<String, Object> build(Complaint complaint, Map<String, String> council, Map<String, Object> variables) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("council", council);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("reference", complaint.getReference());
        about.put("procedure", complaint.getProcedure());
        about.put("receivedOn", inWords(complaint.getReceivedOn()));
        about.put("serviceArea", complaint.getServiceArea());
        about.put("stage", complaint.getStage());
        model.put("complaint", about);
        model.put("complainant", Map.of("salutation", salutation(complaint)));
        model.put("today", inWords(calendar.today()));
        Map<String, String> due = new LinkedHashMap<>();
        String responseDue = null;
        for (Deadline deadline : deadlines.running(complaint.getReference())) {
            due.putIfAbsent(deadline.getName(), inWords(deadline.getDueOn()));
            if (responseDue == null && deadline.getName().endsWith("-response")) {
                responseDue = inWords(deadline.getDueOn());
            }
        }
        model.put("due", due);
        if (responseDue != null) {
            model.put("responseDue", responseDue);
        }
        model.put("vars", simpleValues(variables));
        links.stream().map(source -> source.linkFor(complaint.getReference())).flatMap(java.util.Optional::stream)
                .findFirst().ifPresent(link -> model.put("statusLink", link));
        model.put("dateInWords", DATE_IN_WORDS);
        return model;
    }

    static String inWords(LocalDate date) {
        return date == null ? null : IN_WORDS.format(date);
    }

    private static String salutation(Complaint complaint) {
        String name = complaint.getComplainant() == null ? null : complaint.getComplainant().getName();
        if (name == null || name.isBlank() || complaint.getComplainant().isAnonymous()) {
            return "Dear Sir or Madam";
        }
        return "Dear " + name.trim();
    }

    /** Strings, numbers, booleans and dates only: JSON and objects are not for letters. */
    private Map<String, Object> simpleValues(Map<String, Object> variables) {
        Map<String, Object> simple = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                simple.put(name, value);
            } else if (value instanceof Date date) {
                simple.put(name, inWords(calendar.dayOf(date)));
            }
        });
        return simple;
    }
}
