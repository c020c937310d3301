package uk.redress.ombudsman;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.complaint.Complaint;
import uk.redress.security.ComplaintLookup;

@RestController
@RequestMapping(path = "/api/complaints/{reference}/ombudsman-enquiries", produces = "application/json")
class OmbudsmanController {

    private final ComplaintLookup complaints;
    private final OmbudsmanEnquiries enquiries;

    OmbudsmanController(ComplaintLookup complaints, OmbudsmanEnquiries enquiries) {
        this.complaints = complaints;
        this.enquiries = enquiries;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, String>> receive(@PathVariable String reference,
                                                @Valid @RequestBody OmbudsmanEnquiryRequest request) {
        Complaint complaint = complaints.workable(reference);
        ProcessInstance enquiry = enquiries.receive(complaint, request);
        return ResponseEntity.created(URI.create("/api/complaints/" + reference))
                .body(Map.of("reference", reference, "processInstanceId", enquiry.getId(),
                        "replyDueOn", request.replyDueOn().toString()));
    }
}
