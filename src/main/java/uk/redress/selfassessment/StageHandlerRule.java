package uk.redress.selfassessment;

import java.util.List;

/**
 * The Code's rule that stage 2 is considered by someone other than the stage 1 handler, read from the diagram: every
 * step answering stage 2 must refuse, when it is completed, whoever handled stage 1
 * ({@code ${stageHandlers.refuse(task, 'stage1')}}). Different candidate groups are not enough: one person may be in
 * both, and a manager may be given either task.
 */
final class StageHandlerRule {

    private StageHandlerRule() {
    }

    static RuleVerdict judge(String rule, DiagramFacts facts) {
        List<DiagramFacts.Respond> stage2 = facts.responds.stream()
                .filter(r -> CodeRules.STAGE2_CLOCK.equals(r.clock())).toList();
        List<DiagramFacts.Respond> stage1 = facts.responds.stream()
                .filter(r -> CodeRules.STAGE1_CLOCK.equals(r.clock())).toList();
        if (stage2.isEmpty()) {
            return new RuleVerdict(rule, Verdict.NOT_MET, "the diagram (no task is due on the stage 2 deadline)",
                    "No step answers stage 2 by its deadline, so nothing says who handles it.");
        }
        for (DiagramFacts.Respond respond : stage2) {
            if (!respond.refused().contains(CodeRules.STAGE1)) {
                String teams = stage1.isEmpty() ? "" : sameTeam(stage1, respond)
                        ? " The same team (" + teams(respond) + ") answers both stages."
                        : " Stage 1 is answered by " + teams(stage1.get(0)) + " and stage 2 by " + teams(respond)
                                + ": different teams, but someone in both, or given both tasks, could handle both.";
                return new RuleVerdict(rule, Verdict.NOT_MET, respond.where().describe(), "Nothing refuses the stage"
                        + " 2 task to whoever handled stage 1." + teams + " Record the stage 1 handler on completing "
                        + "its task and refuse them the stage 2 task (task listeners stageHandlers.record and "
                        + "stageHandlers.refuse), as the model procedure does.");
            }
        }
        return new RuleVerdict(rule, Verdict.MET, stage2.get(0).where().describe(), "The stage 2 task is refused, "
                + "when claimed, given or completed, to anyone who handled stage 1.");
    }

    private static boolean sameTeam(List<DiagramFacts.Respond> stage1, DiagramFacts.Respond stage2) {
        return stage1.stream().anyMatch(r -> r.groups() != null && r.groups().equals(stage2.groups()));
    }

    private static String teams(DiagramFacts.Respond respond) {
        String groups = respond.groups();
        return groups == null ? "nobody named" : groups.startsWith(ExpressionCalls.AT_RUN_TIME)
                ? "a team chosen while the complaint runs" : groups;
    }
}
