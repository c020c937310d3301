package uk.redress.selfassessment;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The Code's rule that a complainant told of an extension is given the Ombudsman's details: every step that extends
 * a stage's response deadline sends a letter, and the letter's template (as the procedure's council would send it)
 * gives the Ombudsman.
 */
final class ExtensionLetterRule {

    private ExtensionLetterRule() {
    }

    static RuleVerdict judge(String rule, DiagramFacts facts, UnaryOperator<String> template,
                             Predicate<String> namesOmbudsman) {
        List<DiagramFacts.Extension> extensions = facts.extensions.stream()
                .filter(e -> CodeRules.STAGE1_CLOCK.equals(e.clock()) || CodeRules.STAGE2_CLOCK.equals(e.clock()))
                .toList();
        if (extensions.isEmpty()) {
            return new RuleVerdict(rule, Verdict.NOT_APPLICABLE, "the diagram (no step extends a stage)",
                    "The procedure makes no extensions, so no extension letter is sent.");
        }
        for (DiagramFacts.Extension extension : extensions) {
            if (extension.letters().isEmpty()) {
                return new RuleVerdict(rule, Verdict.NOT_MET, extension.where().describe(), "The extension sends "
                        + "no letter: add one (letters.send) that gives the new date, the reason and the Ombudsman.");
            }
            for (String letter : extension.letters()) {
                if (!namesOmbudsman.test(letter)) {
                    return new RuleVerdict(rule, Verdict.NOT_MET, extension.where().describe() + "; letter letters/"
                            + template.apply(letter), "The extension letter \u201c" + letter + "\u201d does not give "
                            + "the Ombudsman's details: give the procedure its own " + letter + " letter that does "
                            + "(letters/<council>/<procedure>/" + letter + ".ftl).");
                }
            }
        }
        DiagramFacts.Extension first = extensions.get(0);
        return new RuleVerdict(rule, Verdict.MET, first.where().describe() + "; letter letters/"
                + template.apply(first.letters().get(0)), "Every extension sends a letter giving the Ombudsman's "
                + "details.");
    }
}
