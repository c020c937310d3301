package uk.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter a diagram asks for exists for its procedure and fills in completely, with and without the optional
 * values, for every procedure; a value a template needs but the model lacks stops the letter with its name.
 */
class LetterTemplatesTest {

    private static final Pattern LETTER_IN_DIAGRAM =
            Pattern.compile("letters\\.(send|respond|notifyTeam|notifyTaskTeam)\\((?:execution|task), &#39;([a-z0-9-]+)&#39;\\)");
    private static final List<String> RESPONSE_LETTERS = List.of("informal-response", "stage-response",
            "final-response");
    private static final String RESPONSE_TEXT = "We found that the crew missed your street on 3 December.\n\n"
            + "We have added it to the round and apologise.";
    private static final List<String> STAFF_LETTERS = List.of("chase", "intervention", "overdue-warning");

    private final LetterTemplates templates = new LetterTemplates(LetterTemplates.loaderFor(Path.of(".")));

    /** Procedure key to its council folder, from processes/{council}/{key}.bpmn. */
    static Map<String, String> procedures() throws IOException {
        Map<String, String> procedures = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            files.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> {
                String council = f.getParent().getFileName().toString();
                if (!council.equals("common")) {
                    procedures.put(f.getFileName().toString().replace(".bpmn", ""), council);
                }
            });
        }
        return procedures;
    }

    /** Every letter name used in any diagram (shared stages send letters for every procedure). */
    static TreeSet<String> lettersInDiagrams() throws IOException {
        TreeSet<String> letters = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = LETTER_IN_DIAGRAM.matcher(Files.readString(file));
                while (matcher.find()) {
                    letters.add(matcher.group(2));
                }
            }
        }
        return letters;
    }

    static Stream<Arguments> everyLetterForEveryProcedure() throws IOException {
        TreeSet<String> letters = lettersInDiagrams();
        letters.addAll(List.of("acknowledgement", "exclusion", "redirection", "extension", "right-to-escalate",
                "escalation-refused", "ombudsman-signpost", "withdrawal-confirmation", "restriction-notice",
                "satisfaction-survey",
                // chosen in an expression (Leicestershire corporate's response clock), so not found by the pattern
                "investigation-details"));
        letters.addAll(STAFF_LETTERS);
        return procedures().entrySet().stream()
                .flatMap(p -> letters.stream().map(letter -> Arguments.of(p.getKey(), p.getValue(), letter)));
    }

    @Test
    void theDiagramsAskForTheLettersTheIssueNames() throws IOException {
        // ombudsman-signpost is no longer asked for by a current diagram (every final response now carries the
        // Ombudsman's details), but complaints still on a diagram deployed before may send it: it is still rendered
        // for every procedure below (everyLetterForEveryProcedure)
        assertThat(lettersInDiagrams()).contains("acknowledgement", "exclusion", "extension", "right-to-escalate",
                "escalation-refused", "withdrawal-confirmation", "restriction-notice",
                "satisfaction-survey", "chase", "intervention", "overdue-warning", "stage1-acknowledgement",
                "stage2-acknowledgement", "panel-acknowledgement", "informal-response", "stage-response",
                "final-response");
        assertThat(procedures()).hasSize(8);
    }

    @ParameterizedTest(name = "{2} for {0}")
    @MethodSource("everyLetterForEveryProcedure")
    void fillsInCompletely_withEveryOptionalValue(String procedure, String council, String letter) {
        RenderedLetter rendered = templates.render(council, procedure, letter, model(procedure, council, true));
        assertComplete(rendered, council);
    }

    @ParameterizedTest(name = "{2} for {0}")
    @MethodSource("everyLetterForEveryProcedure")
    void fillsInCompletely_withOnlyWhatIsAlwaysThere(String procedure, String council, String letter) {
        Map<String, Object> model = model(procedure, council, false);
        if (letter.equals("restriction-notice")) {
            // the restriction decision is always recorded before the notice is written (decide-restrictions form)
            model.put("vars", Map.of("restrictionsText", "Contact by email only", "reviewOn", "2027-03-01",
                    "expiresOn", "2027-06-01"));
        }
        if (letter.equals("response-date")) {
            // sent only as a stopped response clock restarts
            model.put("responseDue", "Friday 15 January 2027");
        }
        if (letter.equals("investigation-details")) {
            // sent only once grading has opened the response clock, with the officer the grading form requires
            model.put("responseDue", "Friday 15 January 2027");
            model.put("vars", Map.of("investigatingOfficerName", "Sam Officer, Highways Manager"));
        }
        if (RESPONSE_LETTERS.contains(letter)) {
            // the officer's text is required by the form and by letters.respond before the letter is written
            model.put("vars", Map.of("responseText", RESPONSE_TEXT));
        }
        if (letter.equals("escalation-refused")) {
            // the assess-review-request form requires the reasons given to the customer
            model.put("vars", Map.of("reviewDecisionReasons", "The response answered each point"));
        }
        RenderedLetter rendered = templates.render(council, procedure, letter, model);
        assertComplete(rendered, council);
    }

    @Test
    void aMissingValueStopsTheLetterAndNamesIt() {
        Map<String, Object> model = model("harborough-corporate", "harborough", false);
        assertThatThrownBy(() -> templates.render("harborough", "harborough-corporate", "restriction-notice", model))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("letters/common/restriction-notice.ftl")
                .hasMessageContaining("vars.restrictionsText");
    }

    @Test
    void anUnknownLetterIsRefusedNamingWhereItWasLookedFor() {
        assertThatThrownBy(() -> templates.render("harborough", "harborough-corporate", "no-such-letter",
                model("harborough-corporate", "harborough", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters/harborough/harborough-corporate/no-such-letter.ftl")
                .hasMessageContaining("letters/common/no-such-letter.ftl");
    }

    @Test
    void aProcedureCanHaveItsOwnLetter_andACouncilItsOwnWords() {
        RenderedLetter childrens = templates.render("leicestershire", "leicestershire-childrens-statutory",
                "acknowledgement", model("leicestershire-childrens-statutory", "leicestershire", true));
        RenderedLetter corporate = templates.render("leicestershire", "leicestershire-corporate",
                "acknowledgement", model("leicestershire-corporate", "leicestershire", true));
        assertThat(childrens.body()).contains("advocate").contains("statutory");
        assertThat(corporate.body()).doesNotContain("advocate");
        RenderedLetter signpost = templates.render("leicestershire", "leicestershire-corporate",
                "ombudsman-signpost", model("leicestershire-corporate", "leicestershire", true));
        assertThat(signpost.body()).contains("they aim to get it put right").contains("0300 061 0614");
        assertThat(templates.councilDetails("warwickshire", "warwickshire-general")).containsEntry("phone", "01926 414102");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"warwickshire-general", "warwickshire-adult-social-care",
            "warwickshire-childrens-statutory"})
    void warwickshireRestrictionNotice_offersNoAppeal_andSignpostsTheOmbudsman(String procedure) {
        // seed 004 section 10: no right of appeal to the council; the customer is directed to the LGSCO
        RenderedLetter notice = templates.render("warwickshire", procedure, "restriction-notice",
                model(procedure, "warwickshire", true));
        assertThat(notice.body()).doesNotContain("senior manager").doesNotContain("ask for it to be reviewed")
                .contains("There is no right of appeal to Warwickshire County Council")
                .contains("Local Government and Social Care Ombudsman").contains("0300 061 0614");
        RenderedLetter harborough = templates.render("harborough", "harborough-corporate", "restriction-notice",
                model("harborough-corporate", "harborough", true));
        assertThat(harborough.body()).contains("reviewed by a senior manager who has not been involved");
    }

    static Stream<Arguments> everyProcedure() throws IOException {
        return procedures().entrySet().stream().map(p -> Arguments.of(p.getKey(), p.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProcedure")
    void withdrawalConfirmation_offersReopeningOnlyWhereThePolicyDoes(String procedure, String council) {
        // only Warwickshire's policy provides for re-opening a withdrawn complaint (seed 004 sections 8 and 9)
        RenderedLetter confirmation = templates.render(council, procedure, "withdrawal-confirmation",
                model(procedure, council, true));
        if (council.equals("warwickshire")) {
            assertThat(confirmation.body()).contains("If we have misunderstood what you meant")
                    .contains("A manager will consider re-opening your complaint");
        } else {
            assertThat(confirmation.body()).doesNotContainIgnoringCase("re-open").doesNotContainIgnoringCase("reopen");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProcedure")
    void redirection_namesTheProcedureItWasReceivedUnder(String procedure, String council) {
        RenderedLetter redirection = templates.render(council, procedure, "redirection", model(procedure, council, true));
        boolean statutory = procedure.contains("social-care") || procedure.contains("childrens");
        if (statutory) {
            // a statutory procedure may redirect to the corporate one: it must not say "not our corporate procedure"
            assertThat(redirection.body()).doesNotContain("corporate").contains("not dealt with under our statutory");
        } else {
            assertThat(redirection.body()).containsPattern("not dealt with under our [a-z ]*complaints procedure");
        }
    }

    @Test
    void leicestershireChildrensLetters_giveTheChildrensComplaintsLine_corporateLettersTheCorporateNumber() {
        // seed 003: "Telephone - 0116 305 7422 - complaints line"; seed 000 section 7 the corporate number
        for (String letter : List.of("acknowledgement", "redirection", "extension", "exclusion")) {
            assertThat(templates.render("leicestershire", "leicestershire-childrens-statutory", letter,
                    model("leicestershire-childrens-statutory", "leicestershire", true)).body())
                    .contains("0116 305 7422").doesNotContain("0116 305 5875").doesNotContain("Corporate");
        }
        assertThat(templates.render("leicestershire", "leicestershire-corporate", "acknowledgement",
                model("leicestershire-corporate", "leicestershire", true)).body()).contains("0116 305 5875");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"informal-response", "stage-response", "final-response"})
    void aResponseLetter_carriesTheOfficersTextBetweenTheGreetingAndTheRights(String letter) {
        RenderedLetter rendered = templates.render("harborough", "harborough-corporate", letter,
                model("harborough-corporate", "harborough", true));
        String body = rendered.body();
        assertThat(rendered.subject()).contains("HDC-2026-000042");
        assertThat(body).startsWith("Dear Alex Example").contains(RESPONSE_TEXT);
        int text = body.indexOf(RESPONSE_TEXT);
        String rights = letter.equals("final-response") ? "Local Government and Social Care Ombudsman"
                : "Friday 12 February 2027";
        assertThat(body.indexOf("Wednesday 23 December 2026")).isBetween(0, text);
        assertThat(body.indexOf(rights)).isGreaterThan(text);
        assertThat(body).contains("Harborough District Council").contains("01858 821164");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedureCouncils")
    void eachStagesAcknowledgement_hasItsOwnWording(String procedure, String council) {
        Map<String, Object> model = model(procedure, council, true);
        List<String> bodies = Stream.of("acknowledgement", "stage1-acknowledgement", "stage2-acknowledgement",
                "panel-acknowledgement").map(letter -> templates.render(council, procedure, letter, model))
                .map(letter -> letter.subject() + "\n" + letter.body()).toList();
        assertThat(bodies).doesNotHaveDuplicates();
        assertThat(bodies.get(1)).containsIgnoringCase("stage 1").doesNotContain("We received your complaint about");
        assertThat(bodies.get(2)).containsIgnoringCase("stage 2");
        assertThat(bodies.get(3)).contains("review panel");
    }

    @Test
    void harboroughsAcknowledgements_takeTheirWordsFromItsProcedure() {
        Map<String, Object> model = model("harborough-corporate", "harborough", true);
        assertThat(templates.render("harborough", "harborough-corporate", "stage1-acknowledgement", model).body())
                .contains("Information and Complaints Officer has recorded it as a formal complaint at stage 1",
                        "Service Manager or Head of Service");
        assertThat(templates.render("harborough", "harborough-corporate", "stage2-acknowledgement", model).body())
                .contains("appropriate Director to review the matter", "within 20 working days");
        assertThat(templates.render("county", "county-corporate-two-stage", "stage2-acknowledgement",
                model("county-corporate-two-stage", "county", true)).body())
                .contains("usually carried out by an officer independent of the service");
    }

    static Stream<Arguments> procedureCouncils() throws IOException {
        return procedures().entrySet().stream().map(p -> Arguments.of(p.getKey(), p.getValue()));
    }

    @Test
    void aResponseLetterWithoutTheOfficersText_isNotWritten() {
        Map<String, Object> model = model("harborough-corporate", "harborough", false);
        assertThatThrownBy(() -> templates.render("harborough", "harborough-corporate", "stage-response", model))
                .hasMessageContaining("vars.responseText");
    }

    @Test
    void textTypedByThePublicStaysText() {
        Map<String, Object> model = model("warwickshire-general", "warwickshire", true);
        model.put("complainant", Map.of("salutation", "Dear <b>Bobby</b> '); DROP TABLE complaint;--"));
        RenderedLetter letter = templates.render("warwickshire", "warwickshire-general", "acknowledgement", model);
        assertThat(letter.body()).startsWith("Dear <b>Bobby</b> '); DROP TABLE complaint;--\n");
    }

    private static void assertComplete(RenderedLetter rendered, String council) {
        assertThat(rendered.subject()).isNotBlank().contains("HDC-2026-000042");
        assertThat(rendered.body()).contains("HDC-2026-000042")
                .doesNotContain("${").doesNotContain("<#").doesNotContain("null").doesNotContain("  ");
        if (!rendered.subject().contains("Overdue") && !rendered.body().startsWith("This is an automatic")) {
            assertThat(rendered.body()).startsWith("Dear ").contains("Yours sincerely");
        }
    }

    private Map<String, Object> model(String procedure, String council, boolean withOptionalValues) {
        Map<String, Object> model = new HashMap<>();
        model.put("council", templates.councilDetails(council, procedure));
        model.put("complaint", Map.of("reference", "HDC-2026-000042", "procedure", procedure,
                "receivedOn", "Wednesday 23 December 2026", "serviceArea", "Waste and recycling", "stage", "stage1"));
        model.put("complainant", Map.of("salutation", "Dear Alex Example"));
        model.put("today", "Wednesday 23 December 2026");
        model.put("dateInWords", LetterModel.DATE_IN_WORDS);
        model.put("task", Map.of("name", "Chase the Team Manager", "due", "Monday 4 January 2027"));
        model.put("tasklistUrl", "http://localhost:8080/camunda/app/tasklist/");
        Map<String, Object> due = new LinkedHashMap<>();
        Map<String, Object> vars = new LinkedHashMap<>();
        if (withOptionalValues) {
            due.put("stage1-response", "Friday 15 January 2027");
            due.put("escalation-window", "Friday 12 February 2027");
            model.put("responseDue", "Friday 15 January 2027");
            vars.put("screeningReason", "it is about a planning decision, which has its own right of appeal");
            vars.put("redirectDestination", "the Planning Department");
            vars.put("extensionReason", "we are waiting for records from a contractor");
            vars.put("reviewDecisionReasons", "the review would not change the outcome");
            vars.put("withdrawnOn", "2027-01-04");
            vars.put("investigatingOfficerName", "Sam Officer, Highways Manager");
            vars.put("restrictionsText", "Contact by email only, to one named officer");
            vars.put("reviewOn", "2027-03-01");
            vars.put("expiresOn", "2027-06-01");
            vars.put("responseText", RESPONSE_TEXT);
        }
        model.put("due", due);
        model.put("vars", vars);
        return model;
    }
}
