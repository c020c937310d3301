/**
 * What Camunda Tasklist shows staff of the complaint behind a task: who complained, the stage in words, the case
 * summary the task forms show, and the task's plain instruction (set by the engine package).
 */
package uk.redress.tasklist;
