package uk.redress.selfassessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rules of the Ombudsman's Complaint Handling Code that a diagram can show, judged from what the diagram says
 * ({@link DiagramFacts}). The numbers are the Code's, not any council's: they are what this class checks against.
 */
final class CodeRules {

    static final String STAGE1_ACK = "Stage 1 acknowledged within 5 working days of receipt (Code 6.2)";
    static final String STAGE1_RESPONSE = "Stage 1 answered within 10 working days of the acknowledgement (Code 6.3)";
    static final String STAGE1_EXTENSION = "Stage 1 extended by at most 10 more working days (Code 6.4)";
    static final String STAGE2_ACK = "Stage 2 acknowledged within 5 working days of the request (Code section 6)";
    static final String STAGE2_RESPONSE = "Stage 2 answered within 20 working days of the acknowledgement "
            + "(Code section 6)";
    static final String STAGE2_EXTENSION = "Stage 2 extended by at most 20 more working days (Code section 6)";
    static final String STAGE2_HANDLER = "Stage 2 not handled by whoever handled stage 1 (Code section 6)";
    static final String EXTENSION_LETTER = "Extension letters give the Ombudsman's details (Code 6.5)";
    static final String NAMED_STAGES = "No extra named stages, such as an informal stage (Code section 5)";
    static final List<String> ALL = List.of(STAGE1_ACK, STAGE1_RESPONSE, STAGE1_EXTENSION, STAGE2_ACK,
            STAGE2_RESPONSE, STAGE2_EXTENSION, STAGE2_HANDLER, EXTENSION_LETTER, NAMED_STAGES);

    static final String STAGE1 = "stage1";
    static final String STAGE2 = "stage2";
    static final String STAGE1_CLOCK = "stage1-response";
    static final String STAGE2_CLOCK = "stage2-response";
    private static final String ACK_CLOCK = "acknowledgement";
    /** What a complaint's record says after or beside its stages, not a stage a complainant is put through. */
    private static final List<String> NOT_STAGES = List.of("lessons-learnt", "ombudsman", "ombudsman-closed",
            "discontinued");

    private final DiagramFacts facts;
    /** Which template a letter (by name) is, and whether it gives the Ombudsman's details. */
    private final UnaryOperator<String> letterTemplate;
    private final Predicate<String> namesOmbudsman;

    CodeRules(DiagramFacts facts, UnaryOperator<String> letterTemplate,
              Predicate<String> namesOmbudsman) {
        this.facts = facts;
        this.letterTemplate = letterTemplate;
        this.namesOmbudsman = namesOmbudsman;
    }

    List<RuleVerdict> verdicts() {
        boolean stage2 = facts.clocks.stream().anyMatch(clock -> clock.name().equals(STAGE2_CLOCK));
        List<RuleVerdict> verdicts = new ArrayList<>();
        verdicts.add(acknowledgement(STAGE1_ACK, STAGE1, 5));
        verdicts.add(response(STAGE1_RESPONSE, STAGE1_CLOCK, 10));
        verdicts.add(extension(STAGE1_EXTENSION, STAGE1_CLOCK, 10));
        if (stage2) {
            verdicts.add(acknowledgement(STAGE2_ACK, STAGE2, 5));
            verdicts.add(response(STAGE2_RESPONSE, STAGE2_CLOCK, 20));
            verdicts.add(extension(STAGE2_EXTENSION, STAGE2_CLOCK, 20));
            verdicts.add(StageHandlerRule.judge(STAGE2_HANDLER, facts));
        } else {
            for (String rule : List.of(STAGE2_ACK, STAGE2_RESPONSE, STAGE2_EXTENSION, STAGE2_HANDLER)) {
                verdicts.add(new RuleVerdict(rule, Verdict.NOT_APPLICABLE, "the diagram (no step opens a "
                        + STAGE2_CLOCK + " clock)", "The procedure has one stage, so the Code's stage 2 rules do not"
                        + " arise; its one response is the final response before the Ombudsman."));
            }
        }
        verdicts.add(ExtensionLetterRule.judge(EXTENSION_LETTER, facts, letterTemplate, namesOmbudsman));
        verdicts.add(namedStages());
        return verdicts;
    }

    private RuleVerdict acknowledgement(String rule, String stage, int limit) {
        List<DiagramFacts.Clock> clocks = facts.clocks.stream()
                .filter(clock -> clock.name().equals(ACK_CLOCK) && stage.equals(clock.stage())).toList();
        if (clocks.isEmpty()) {
            return new RuleVerdict(rule, Verdict.NOT_MET, "the diagram (no step opens an acknowledgement clock in "
                    + words(stage) + ")", "Nothing holds anyone to acknowledging the complaint: add a step opening "
                    + "the acknowledgement clock (" + limit + " working days) and a task to acknowledge it.");
        }
        DiagramFacts.Clock worst = worst(clocks);
        Integer days = ExpressionCalls.number(worst.days());
        boolean met = days != null && days <= limit;
        return new RuleVerdict(rule, met ? Verdict.MET : Verdict.NOT_MET, worst.where().describe(),
                "The acknowledgement is due " + days(worst) + " after " + from(worst) + (met ? ", within the Code's "
                        : ": the Code asks for ") + limit + " working days.");
    }

    private RuleVerdict response(String rule, String clockName, int limit) {
        List<DiagramFacts.Clock> clocks = facts.clocks.stream().filter(c -> c.name().equals(clockName)).toList();
        if (clocks.isEmpty()) {
            return new RuleVerdict(rule, Verdict.NOT_MET, "the diagram (no step opens a " + clockName + " clock)",
                    "No response deadline is set for this stage.");
        }
        DiagramFacts.Clock worst = worst(clocks);
        Integer days = ExpressionCalls.number(worst.days());
        boolean met = days != null && days <= limit;
        String why = days == null
                ? "The number of working days is decided while the complaint runs (" + worst.days().substring(1)
                        + "), so the diagram does not hold it to " + limit + "."
                : "The response is due " + days(worst) + " after " + from(worst)
                        + (met ? (fromAcknowledgement(worst) ? "" : ", which comes no later than the acknowledgement")
                                + ": within the Code's " + limit + "."
                        : ": more than the Code's " + limit + " after the acknowledgement.");
        return new RuleVerdict(rule, met ? Verdict.MET : Verdict.NOT_MET, worst.where().describe(), why);
    }

    private RuleVerdict extension(String rule, String clockName, int limit) {
        List<DiagramFacts.Extension> extensions = facts.extensions.stream()
                .filter(e -> clockName.equals(e.clock())).toList();
        List<DiagramFacts.Clock> clocks = facts.clocks.stream().filter(c -> c.name().equals(clockName)).toList();
        if (extensions.isEmpty() || clocks.isEmpty()) {
            return new RuleVerdict(rule, Verdict.MET, "the diagram (no step extends the " + clockName + " clock)",
                    "The stage cannot be extended, so no extension can pass the Code's limit.");
        }
        Integer target = ExpressionCalls.number(worst(clocks).days());
        for (DiagramFacts.Extension extension : extensions) {
            Integer maximum = ExpressionCalls.number(extension.maximum());
            if (maximum == null) {
                return new RuleVerdict(rule, Verdict.NOT_MET, extension.where().describe(), "An extension has no "
                        + "maximum: give the step a maximum (maxWorkingDays) of at most " + limit
                        + " working days more than the target.");
            }
            if (target == null || maximum - target > limit) {
                return new RuleVerdict(rule, Verdict.NOT_MET, extension.where().describe(), "Extensions may run to "
                        + maximum + " working days after the clock's day 0, " + (target == null ? "from a target "
                        + "set while the complaint runs" : (maximum - target) + " more than the target of " + target)
                        + ": the Code allows at most " + limit + " more.");
            }
        }
        DiagramFacts.Extension first = extensions.get(0);
        int maximum = ExpressionCalls.number(first.maximum());
        return new RuleVerdict(rule, Verdict.MET, first.where().describe(), "Extensions may run to " + maximum
                + " working days after the clock's day 0, " + (maximum - target) + " more than the target of " + target
                + ": within the Code's " + limit + " more.");
    }

    private RuleVerdict namedStages() {
        List<DiagramFacts.NamedStage> extra = facts.stages.stream()
                .filter(s -> s.stage() != null && !s.stage().equals(STAGE1) && !s.stage().equals(STAGE2)
                        && !NOT_STAGES.contains(s.stage())).toList();
        if (extra.isEmpty()) {
            return new RuleVerdict(NAMED_STAGES, Verdict.MET, "the diagram (its stage names: " + String.join(", ",
                    facts.stages.stream().map(s -> words(s.stage())).distinct().toList()) + ")",
                    "The complaint goes through stage 1 and, where there is one, stage 2 only.");
        }
        DiagramFacts.NamedStage first = extra.get(0);
        return new RuleVerdict(NAMED_STAGES, Verdict.NOT_MET, first.where().describe(), "The diagram puts complaints "
                + "through a stage it names \u201c" + words(first.stage()) + "\u201d besides stages 1 and 2: the Code "
                + "asks for no extra named stages (such as \u201cstage 0\u201d or an informal stage).");
    }

    /** The clock that gives the complainant the longest wait: a count set at run time is the worst of all. */
    private static DiagramFacts.Clock worst(List<DiagramFacts.Clock> clocks) {
        return clocks.stream().max(Comparator.comparingInt(clock -> {
            Integer days = ExpressionCalls.number(clock.days());
            return days == null ? Integer.MAX_VALUE : days;
        })).orElseThrow();
    }

    private static String days(DiagramFacts.Clock clock) {
        return clock.days() + " working days";
    }

    private static boolean fromAcknowledgement(DiagramFacts.Clock clock) {
        return clock.from().toLowerCase(Locale.ROOT).contains("acknowledg");
    }

    private static String from(DiagramFacts.Clock clock) {
        String from = clock.from();
        if (fromAcknowledgement(clock)) {
            return "the acknowledgement";
        }
        return from.contains("received") ? "receipt" : from.contains("escalation") ? "the request for stage 2"
                : from.contains("today") ? "the day the step runs" : "its day 0 (" + from + ")";
    }

    static String words(String stage) {
        return stage == null ? "" : stage.replaceAll("([a-z])([0-9])", "$1 $2").replace('-', ' ');
    }
}
