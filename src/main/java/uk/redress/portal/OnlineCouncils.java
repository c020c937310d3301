package uk.redress.portal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Subject;
import uk.redress.notification.Councils;
import uk.redress.notification.LetterTemplates;

/**
 * The councils that take complaints online, and where each kind of complaint goes: the council's own
 * {@code letters/<council>/council.properties} says so ({@code online.procedure}, and
 * {@code online.procedure.<SUBJECT>} for complaints that follow a statutory procedure), beside its name and
 * contact details. A council without {@code online.procedure} has no online form.
 */
@Component
public class OnlineCouncils {

    static final String PROCEDURE = "online.procedure";

    private final RepositoryService repositoryService;
    private final Councils councils;
    private final LetterTemplates templates;

    OnlineCouncils(RepositoryService repositoryService, Councils councils, LetterTemplates templates) {
        this.repositoryService = repositoryService;
        this.councils = councils;
        this.templates = templates;
    }

    /** A council as a resident sees it: its folder name (in the address) and its details. */
    public record Council(String id, Map<String, String> details) {
        public String name() {
            return details.getOrDefault("name", id);
        }

        public String detail(String key) {
            String value = details.get(key);
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** Every council with an online form, by name. */
    public Map<String, Council> all() {
        Map<String, Council> byName = new TreeMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            String folder;
            try {
                folder = councils.of(definition.getKey());
            } catch (IllegalArgumentException notACouncil) {
                continue;
            }
            find(folder).ifPresent(council -> byName.put(council.name(), council));
        }
        return byName;
    }

    public Optional<Council> find(String id) {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,39}") || "common".equals(id)) {
            return Optional.empty();
        }
        Map<String, String> details = templates.councilDetails(id);
        if (!details.containsKey(PROCEDURE)) {
            return Optional.empty();
        }
        return Optional.of(new Council(id, details));
    }

    /** The procedure a complaint of this kind goes to at this council. */
    public String procedureFor(Council council, Subject subject) {
        String bySubject = council.detail(PROCEDURE + "." + subject.name());
        return bySubject != null ? bySubject : council.detail(PROCEDURE);
    }

}
