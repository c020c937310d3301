package uk.redress.workspace.selfassessment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.redress.selfassessment.CodeSelfAssessment;

/**
 * The procedures read against the Ombudsman's Complaint Handling Code. It is about diagrams, not complaints, so every
 * member of staff signed in to the workspace may read it (auditors too); it shows no complainant's details.
 */
@Controller
class SelfAssessmentPage {

    private final CodeSelfAssessment selfAssessment;

    SelfAssessmentPage(CodeSelfAssessment selfAssessment) {
        this.selfAssessment = selfAssessment;
    }

    @GetMapping("/complaints/reports/code")
    String page(Model model) {
        model.addAttribute("assessments", selfAssessment.assessAll());
        return "complaints/reports/code";
    }
}
