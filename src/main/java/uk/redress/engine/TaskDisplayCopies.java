package uk.redress.engine;

import java.util.Set;

/**
 * The task-local copies Redress makes only to show a task: Tasklist's row columns ({@code complainantName},
 * {@code stageLabel}), the case summary and the correspondence log on every form ({@code caseSummary},
 * {@code correspondenceLog}) and the name of the letter a response step previews ({@code responseLetter}). They
 * repeat what the complaint record and the correspondence log hold, are kept out of the history
 * ({@link TaskDisplayHistory}), and what a form sends back for them is never written.
 */
public final class TaskDisplayCopies {

    public static final Set<String> NAMES = Set.of("complainantName", "stageLabel", "caseSummary",
            "correspondenceLog", "responseLetter");

    private TaskDisplayCopies() {
    }
}
