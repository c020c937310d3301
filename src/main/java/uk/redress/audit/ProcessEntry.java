package uk.redress.audit;

/**
 * One process instance of a complaint. {@code group} says what it is to the complaint: "complaint" (a process
 * Redress started for it), "stage" (a shared stage called from one, under {@code parentId}) or "letter"
 * (delivering one of its letters).
 */
record ProcessEntry(String id, String name, String group, String parentId, String started, String ended,
                    String state) {
}
