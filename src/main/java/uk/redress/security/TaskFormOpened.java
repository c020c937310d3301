package uk.redress.security;

/**
 * Someone who may read the task is loading its form's variables (Tasklist opening the task): what the form shows
 * as it stands now may be brought up to date first, e.g. the complaint's correspondence.
 */
public record TaskFormOpened(String taskId) {
}
