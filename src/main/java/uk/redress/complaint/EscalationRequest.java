package uk.redress.complaint;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The complainant told the council they remain dissatisfied and want the next stage. */
public record EscalationRequest(@NotNull LocalDate requestedOn) {
}
