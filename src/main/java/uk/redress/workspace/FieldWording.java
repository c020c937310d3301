package uk.redress.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.redress.problem.FieldError;

/**
 * Words a request's problems for the person at the form: each field of the request (by its path, as the API names
 * it) has the id of its input, a label and what to say when it is missing. Rules the services enforce (future
 * dates...) arrive as {@link FieldError}s and are worded the same way.
 */
public final class FieldWording {

    public record Field(String id, String label, String missing) {
    }

    private final Map<String, Field> fields;

    private FieldWording(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** The request's fields in the order the form shows them: the error summary lists problems in that order. */
    @SafeVarargs
    public static FieldWording of(Map.Entry<String, Field>... fields) {
        Map<String, Field> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Field> field : fields) {
            ordered.put(field.getKey(), field.getValue());
        }
        return new FieldWording(Collections.unmodifiableMap(ordered));
    }

    /** An empty set of errors that lists its problems in the form's order. */
    public FormErrors errors() {
        return new FormErrors(fields.values().stream().map(Field::id).toList());
    }

    /** The field at a path; an unknown path (a field added later) still gets a readable entry. */
    public Field at(String path) {
        String withoutIndex = path.replaceAll("\\[[^]]*]", "");
        Field field = fields.get(withoutIndex);
        return field != null ? field : new Field(fields.values().iterator().next().id(), withoutIndex, "");
    }

    public <T> void addAll(Set<ConstraintViolation<T>> violations, FormErrors errors) {
        for (ConstraintViolation<T> violation : violations) {
            Field field = at(violation.getPropertyPath().toString());
            if (!errors.has(field.id())) {
                errors.add(field.id(), message(field, violation));
            }
        }
    }

    /** A rule a service enforces, e.g. "receivedOn: must not be in the future"; field names in it become labels. */
    public void add(FieldError error, FormErrors errors) {
        Field field = at(error.field());
        String message = error.message();
        for (Map.Entry<String, Field> other : fields.entrySet()) {
            message = message.replace(" " + other.getKey(), " the " + other.getValue().label().toLowerCase(java.util.Locale.UK));
        }
        errors.add(field.id(), field.label() + " " + message);
    }

    private static String message(Field field, ConstraintViolation<?> violation) {
        Object constraint = violation.getConstraintDescriptor().getAnnotation();
        if ((constraint instanceof NotBlank || constraint instanceof NotNull) && !field.missing().isEmpty()) {
            return field.missing();
        }
        if (constraint instanceof Size size) {
            return field.label() + " must be " + size.max() + " characters or fewer";
        }
        return field.label() + " " + violation.getMessage();
    }
}
