package uk.redress.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a form, one message per field in the order the fields appear, for the GOV.UK error summary
 * (each message links to its field) and the message beside the field.
 */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> order;

    /** Errors listed in the order they were found. */
    public FormErrors() {
        this(List.of());
    }

    /** Errors listed in the order of these field ids (the form's), others after them. */
    public FormErrors(List<String> order) {
        this.order = List.copyOf(order);
    }

    public record Entry(String field, String message) {
    }

    /** The first message for a field wins: it is the one the person has to fix first. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        byField.forEach((field, message) -> entries.add(new Entry(field, message)));
        entries.sort(Comparator.comparingInt(entry -> position(entry.field())));
        return entries;
    }

    private int position(String field) {
        int index = order.indexOf(field);
        return index < 0 ? order.size() : index;
    }
}
