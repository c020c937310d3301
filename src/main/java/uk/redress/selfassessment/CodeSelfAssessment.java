package uk.redress.selfassessment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

import uk.redress.deployment.ProcessProperties;
import uk.redress.notification.Councils;
import uk.redress.notification.LetterTemplates;
import uk.redress.security.WithoutAuthorization;

/**
 * Reads each deployed procedure's diagram (its latest version, the one new complaints start on) and judges it
 * against the Ombudsman's Complaint Handling Code, rule by rule, naming the element that decides each rule. A
 * procedure is a process with a {@code referencePrefix}; it is statutory (outside the Code) where its council's
 * settings send statutory complaints to it ({@code online.procedure.STATUTORY_…} in
 * {@code letters/<council>/council.properties}).
 */
@Component
public class CodeSelfAssessment {

    private static final String STATUTORY = "online.procedure.STATUTORY_";
    private static final Map<String, String> STATUTORY_LAW = Map.of(
            "ADULT_SOCIAL_CARE", "the Local Authority Social Services and National Health Service Complaints "
                    + "(England) Regulations 2009",
            "CHILDRENS_SOCIAL_CARE", "the Children Act 1989 Representations Procedure (England) Regulations 2006");

    private final RepositoryService repositoryService;
    private final LetterTemplates letters;
    private final Councils councils;
    private final WithoutAuthorization withoutAuthorization;

    public CodeSelfAssessment(RepositoryService repositoryService, LetterTemplates letters, Councils councils,
                              WithoutAuthorization withoutAuthorization) {
        this.repositoryService = repositoryService;
        this.letters = letters;
        this.councils = councils;
        this.withoutAuthorization = withoutAuthorization;
    }

    /**
     * Every deployed procedure, by name, with its verdicts. Whoever asks gets every procedure: this reads diagrams,
     * which hold no complaint, and a council governs its service against all of them (the shared stages included).
     */
    public List<ProcedureAssessment> assessAll() {
        return withoutAuthorization.run(this::assessEvery);
    }

    private List<ProcedureAssessment> assessEvery() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> ProcessProperties.value(model(definition), definition.getKey(),
                        "referencePrefix").isPresent())
                .map(this::assess)
                .sorted(Comparator.comparing(ProcedureAssessment::procedureName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private ProcedureAssessment assess(ProcessDefinition definition) {
        String key = definition.getKey();
        String name = definition.getName() == null ? key : definition.getName();
        String council = councils.of(key);
        Optional<String> statutory = letters.councilDetails(council).entrySet().stream()
                .filter(e -> e.getKey().startsWith(STATUTORY) && key.equals(e.getValue()))
                .map(Map.Entry::getKey).findFirst();
        if (statutory.isPresent()) {
            return new ProcedureAssessment(key, name, true, outsideTheCode(council, statutory.get()));
        }
        DiagramFacts facts = DiagramFacts.read(model(definition), key, this::latestModel);
        CodeRules rules = new CodeRules(facts, letter -> letters.templateName(council, key, letter),
                letter -> letters.templateText(council, key, letter).toLowerCase(Locale.ROOT).contains("ombudsman"));
        return new ProcedureAssessment(key, name, false, rules.verdicts());
    }

    private static List<RuleVerdict> outsideTheCode(String council, String setting) {
        String subject = setting.substring(STATUTORY.length());
        String why = "The council sends statutory " + subject.toLowerCase(Locale.ROOT).replace("childrens", "children's")
                .replace('_', ' ') + " complaints to this procedure. They follow " + STATUTORY_LAW.getOrDefault(subject,
                "the statutory complaints regulations") + ", not the Ombudsman's Complaint Handling Code.";
        String decidedBy = "the council's setting " + setting + " (letters/" + council + "/council.properties)";
        return CodeRules.ALL.stream().map(rule -> new RuleVerdict(rule, Verdict.NOT_APPLICABLE, decidedBy, why))
                .toList();
    }

    private BpmnModelInstance latestModel(String key) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        return definition == null ? null : model(definition);
    }

    private BpmnModelInstance model(ProcessDefinition definition) {
        return repositoryService.getBpmnModelInstance(definition.getId());
    }
}
