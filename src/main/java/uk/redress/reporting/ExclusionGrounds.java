package uk.redress.reporting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The ground a complaint was excluded on, for the "exclusions by ground" figures: the grounds the council's
 * exclusion table proposed and the officer confirmed (e.g. {@code out-of-time}), else what the closing says
 * (redirected, an anonymous complaint not progressed...), else the officer's own judgement at a later step.
 */
@Component
class ExclusionGrounds {

    static final String OFFICERS_JUDGEMENT = "officers-judgement";
    private static final TypeReference<List<Map<String, Object>>> PROPOSALS = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    String of(String closing, VariableScope variables) {
        if (!"excluded".equals(closing)) {
            return closing;
        }
        Object decision = variables.getVariable("screeningDecision");
        Object proposals = variables.getVariable("screeningProposals");
        if ("exclude".equals(decision) && proposals != null) {
            String proposed = proposed(proposals.toString());
            if (!proposed.isEmpty()) {
                return proposed;
            }
        }
        return OFFICERS_JUDGEMENT;
    }

    private String proposed(String text) {
        try {
            return json.readValue(text, PROPOSALS).stream()
                    .map(proposal -> proposal.get("ground")).filter(ground -> ground != null)
                    .map(Object::toString).distinct().collect(Collectors.joining(", "));
        } catch (JsonProcessingException unreadable) {
            return "";
        }
    }
}
