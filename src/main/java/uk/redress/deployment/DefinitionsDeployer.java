package uk.redress.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code processes/**.bpmn}, {@code processes/**.dmn} and {@code forms/**.form} as one deployment
 * when the engine starts. Duplicate filtering keeps an unchanged file at its version; a file a process owner
 * changed in Modeler becomes a new version on the next start, and running complaints stay on the version
 * they started with.
 */
@Component
public class DefinitionsDeployer {

    static final String PACKAGED_ROOT = "redress-definitions/";
    private static final List<String> FOLDERS = List.of("processes", "forms");
    private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");
    private static final Logger log = LoggerFactory.getLogger(DefinitionsDeployer.class);

    private final RepositoryService repositoryService;
    private final DeploymentProperties properties;

    public DefinitionsDeployer(RepositoryService repositoryService, DeploymentProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    public void deploy() {
        Map<String, byte[]> files = collect(properties.directory());
        if (files.isEmpty()) {
            throw new IllegalStateException("No diagrams found under " + properties.directory().toAbsolutePath()
                    + "/processes nor packaged under " + PACKAGED_ROOT);
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(properties.name())
                .source("redress")
                .enableDuplicateFiltering(true);
        files.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        List<String> definitions = new ArrayList<>();
        // both lists are null when duplicate filtering found nothing new to deploy
        if (deployment.getDeployedProcessDefinitions() != null) {
            deployment.getDeployedProcessDefinitions().forEach(d -> definitions.add(d.getKey() + " v" + d.getVersion()));
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            deployment.getDeployedDecisionDefinitions().forEach(d -> definitions.add(d.getKey() + " v" + d.getVersion()));
        }
        log.info("Deployed {} files; new versions: {}", files.size(), definitions.isEmpty() ? "none" : definitions);
    }

    /**
     * The deployable files by deployment resource name (e.g. {@code processes/harborough/x.bpmn}): from the
     * directory when it has a {@code processes/} folder, otherwise the copies packaged with the application.
     */
    static Map<String, byte[]> collect(Path directory) {
        return Files.isDirectory(directory.resolve("processes")) ? fromDirectory(directory) : fromPackage();
    }

    private static Map<String, byte[]> fromDirectory(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.filter(Files::isRegularFile).filter(DefinitionsDeployer::deployable).toList()) {
                    files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + dir, e);
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromPackage() {
        Map<String, byte[]> files = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + PACKAGED_ROOT + "**/*")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(PACKAGED_ROOT);
                if (at < 0 || resource.getFilename() == null || !resource.isReadable()
                        || !deployable(Path.of(resource.getFilename()))) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.put(url.substring(at + PACKAGED_ROOT.length()), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read packaged diagrams", e);
        }
        return files;
    }

    private static boolean deployable(Path path) {
        String name = path.getFileName().toString();
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
