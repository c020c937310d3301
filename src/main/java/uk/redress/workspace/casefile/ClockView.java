package uk.redress.workspace.casefile;

import java.time.LocalDate;

/**
 * One running clock on the case page: its date, the working days left, and a red, amber or green tag
 * (overdue; due within {@value Clocks#SOON} working days; later). A stopped clock is grey.
 */
public record ClockView(String name, LocalDate dueOn, int workingDaysLeft, Rag rag) {

    public enum Rag {
        RED("govuk-tag--red", "Overdue"),
        AMBER("govuk-tag--yellow", "Due soon"),
        GREEN("govuk-tag--green", "On track"),
        STOPPED("govuk-tag--grey", "Clock stopped");

        private final String tagClass;
        private final String label;

        Rag(String tagClass, String label) {
            this.tagClass = tagClass;
            this.label = label;
        }

        public String tagClass() {
            return tagClass;
        }

        public String label() {
            return label;
        }
    }

    /** "3 working days left", "Due today", "Overdue", "Stopped": what the clock means for today. */
    public String left() {
        return switch (rag) {
            case RED -> "Overdue";
            case STOPPED -> "Stopped while the council waits";
            default -> workingDaysLeft == 0 ? "Due today"
                    : workingDaysLeft + (workingDaysLeft == 1 ? " working day left" : " working days left");
        };
    }
}
