package uk.redress.ombudsman;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;

/**
 * The remedies the council agreed with the Ombudsman, for the ombudsman-enquiry diagram: each recorded remedy
 * (form fields remedyDescription, remedyDueOn) is appended to the process variable {@value #VARIABLE} (JSON
 * text, so no Java serialization), and the diagram tracks them one by one with a multi-instance over
 * {@code ${remedies.indices(execution)}}.
 */
@Component("remedies")
public class Remedies {

    static final String VARIABLE = "agreedRemedies";
    private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();
    private final WorkingDayCalendar calendar;

    public Remedies(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** Adds the remedy just entered in the form; refuses one without a description or due date. */
    public void add(DelegateExecution execution) {
        Object description = execution.getVariable("remedyDescription");
        Object dueOn = execution.getVariable("remedyDueOn");
        if (description == null || description.toString().isBlank()) {
            throw new IllegalArgumentException("A remedy needs a description");
        }
        if (dueOn == null || dueOn.toString().isBlank()) {
            throw new IllegalArgumentException("A remedy needs the date it is due");
        }
        String due = CalendarDates.toLocalDate(dueOn, calendar.zone()).toString();
        List<Map<String, String>> remedies = new ArrayList<>(all(execution));
        remedies.add(Map.of("description", description.toString().trim(), "dueOn", due));
        write(execution, remedies);
        execution.removeVariable("remedyDescription");
        execution.removeVariable("remedyDueOn");
    }

    /** 0, 1, ... one per remedy: the multi-instance collection. */
    public List<Integer> indices(VariableScope scope) {
        return IntStream.range(0, all(scope).size()).boxed().toList();
    }

    public String description(VariableScope scope, Object index) {
        return remedy(scope, index).get("description");
    }

    public String dueOn(VariableScope scope, Object index) {
        return remedy(scope, index).get("dueOn");
    }

    /** A clock name per remedy, e.g. remedy-1. */
    public String clock(Object index) {
        return "remedy-" + (((Number) index).intValue() + 1);
    }

    private Map<String, String> remedy(VariableScope scope, Object index) {
        return all(scope).get(((Number) index).intValue());
    }

    private List<Map<String, String>> all(VariableScope scope) {
        Object text = scope.getVariable(VARIABLE);
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text.toString(), LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The recorded remedies cannot be read", e);
        }
    }

    private void write(DelegateExecution execution, List<Map<String, String>> remedies) {
        try {
            execution.setVariable(VARIABLE, json.writeValueAsString(remedies));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
