package uk.redress.workspace.casefile;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.document.ComplaintDocument;
import uk.redress.document.ComplaintDocumentRepository;
import uk.redress.document.DocumentDownloads;
import uk.redress.document.Upload;
import uk.redress.document.Uploads;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FormErrors;

/**
 * Documents on the case page: staff who may act on the complaint add one (the same kinds and sizes residents may
 * send, {@link Uploads}, kept in the same table), and whoever may read the complaint downloads them.
 */
@Controller
class CaseDocumentsController {

    static final String FIELD = "document";

    private final ComplaintLookup complaints;
    private final ComplaintDocumentRepository documents;
    private final CaseModel caseModel;
    private final WorkingDayCalendar calendar;

    CaseDocumentsController(ComplaintLookup complaints, ComplaintDocumentRepository documents, CaseModel caseModel,
                            WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.documents = documents;
        this.caseModel = caseModel;
        this.calendar = calendar;
    }

    @PostMapping("/complaints/{reference}/documents")
    String add(@PathVariable String reference, @RequestParam(name = FIELD, required = false) MultipartFile file,
               Principal staff, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = new FormErrors();
        Optional<Upload> upload = Optional.empty();
        if (file == null || file.isEmpty()) {
            errors.add(FIELD, "Choose a file to add");
        } else if (file.getSize() > Uploads.MAX_BYTES) {
            errors.add(FIELD, "The file must be smaller than " + Uploads.MAX_BYTES / 1_000_000 + " MB");
        } else {
            upload = Uploads.check(file.getOriginalFilename(), file.getBytes());
            if (upload.isEmpty()) {
                errors.add(FIELD, "The file must be a PDF, JPEG, PNG, Word (.docx) or text file");
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return caseModel.page(model, complaint, Map.of(), errors);
        }
        documents.save(ComplaintDocument.fromStaff(complaint.getReference(), upload.orElseThrow(),
                Instant.now(calendar.clock()), staff.getName()));
        redirect.addFlashAttribute("done", "Document added: " + upload.get().fileName());
        return "redirect:/complaints/" + complaint.getReference() + "#documents";
    }

    @GetMapping("/complaints/{reference}/documents/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String id) {
        Complaint complaint = complaints.readable(reference);
        return DocumentDownloads.attachment(documents.findById(id)
                .filter(found -> found.getComplaintReference().equals(complaint.getReference()))
                .orElseThrow(() -> new NotFound("No document " + id + " on complaint " + reference)));
    }
}
