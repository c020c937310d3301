package uk.redress.restriction;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.security.ComplaintLookup;

@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = "application/json")
class RestrictionController {

    private final ComplaintLookup complaints;
    private final UnreasonableBehaviour behaviour;

    RestrictionController(ComplaintLookup complaints, UnreasonableBehaviour behaviour) {
        this.complaints = complaints;
        this.behaviour = behaviour;
    }

    @PostMapping(path = "/unreasonable-behaviour", consumes = "application/json")
    ResponseEntity<Map<String, String>> raise(@PathVariable String reference, @Valid @RequestBody BehaviourConcern concern) {
        String processInstanceId = behaviour.raise(complaints.workable(reference), concern).getId();
        return ResponseEntity.created(URI.create("/api/complaints/" + reference))
                .body(Map.of("reference", reference, "processInstanceId", processInstanceId));
    }

    @PostMapping(path = "/restriction-appeal", consumes = "application/json")
    ResponseEntity<Void> appeal(@PathVariable String reference, @Valid @RequestBody BehaviourConcern grounds) {
        behaviour.appeal(complaints.workable(reference), grounds);
        return ResponseEntity.noContent().build();
    }
}
