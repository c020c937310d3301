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
import uk.redress.complaint.ComplaintRepository;
import uk.redress.problem.NotFound;
import uk.redress.security.ProcedureAccess;

@RestController
@RequestMapping(path = "/api/complaints/{reference}/ombudsman-enquiries", produces = "application/json")
class OmbudsmanController {

    private final ComplaintRepository complaints;
    private final OmbudsmanEnquiries enquiries;
    private final ProcedureAccess access;

    OmbudsmanController(ComplaintRepository complaints, OmbudsmanEnquiries enquiries, ProcedureAccess access) {
        this.complaints = complaints;
        this.enquiries = enquiries;
        this.access = access;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, String>> receive(@PathVariable String reference,
                                                @Valid @RequestBody OmbudsmanEnquiryRequest request) {
        Complaint complaint = complaints.findByReference(reference)
                .filter(c -> access.canRead(c.getProcedure()))
                .orElseThrow(() -> new NotFound("No complaint " + reference));
        access.requireWork(complaint.getProcedure());
        ProcessInstance enquiry = enquiries.receive(complaint, request);
        return ResponseEntity.created(URI.create("/api/complaints/" + reference))
                .body(Map.of("reference", reference, "processInstanceId", enquiry.getId(),
                        "replyDueOn", request.replyDueOn().toString()));
    }
}
