package uk.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/** A process owner edits a diagram in Modeler and restarts: only what changed becomes a new version. */
class DefinitionsDeployerTest extends RedressSpringTest {

    private static final String NAME = "deployer-test";

    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path root;

    private static String diagram(String taskName) {
        return """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="deployer-test-process" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start" />
                    <sequenceFlow id="f1" sourceRef="start" targetRef="task" />
                    <userTask id="task" name="%s" />
                    <sequenceFlow id="f2" sourceRef="task" targetRef="end" />
                    <endEvent id="end" />
                  </process>
                </definitions>
                """.formatted(taskName);
    }

    private void deploy() {
        new DefinitionsDeployer(repositoryService, new DeploymentProperties(root, NAME)).deploy();
    }

    private long versions() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("deployer-test-process").count();
    }

    @AfterEach
    void removeTestDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void unchangedFiles_createNoNewVersion_aChangedDiagramDoes() throws IOException {
        Files.createDirectories(root.resolve("processes/test"));
        Files.createDirectories(root.resolve("forms"));
        Files.writeString(root.resolve("processes/test/deployer-test.bpmn"), diagram("Check complaint"));
        Files.writeString(root.resolve("forms/deployer-test.form"), "{\"id\":\"deployer-test\",\"components\":[]}");
        Files.writeString(root.resolve("processes/test/notes.txt"), "not deployed");

        deploy();
        deploy();
        assertThat(versions()).isEqualTo(1);
        assertThat(repositoryService.getDeploymentResourceNames(
                repositoryService.createDeploymentQuery().deploymentName(NAME).singleResult().getId()))
                .containsExactlyInAnyOrder("processes/test/deployer-test.bpmn", "forms/deployer-test.form");

        Files.writeString(root.resolve("processes/test/deployer-test.bpmn"), diagram("Check complaint carefully"));
        deploy();
        assertThat(versions()).isEqualTo(2);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("deployer-test-process")
                .latestVersion().singleResult().getVersion()).isEqualTo(2);
    }

    @Test
    void withoutAProcessesFolder_thePackagedCopiesAreUsed() {
        Map<String, byte[]> files = DefinitionsDeployer.collect(root);

        assertThat(files).containsKeys("processes/harborough/harborough-corporate.bpmn", "forms/resolve-informally.form");
    }

    @Test
    void theProjectsOwnFolders_areWhatTheApplicationDeployed() {
        Map<String, byte[]> files = DefinitionsDeployer.collect(Path.of("."));
        String deploymentId = repositoryService.createDeploymentQuery().deploymentName("redress")
                .orderByDeploymentTime().desc().list().get(0).getId();

        assertThat(repositoryService.getDeploymentResourceNames(deploymentId)).containsAll(files.keySet());
    }
}
