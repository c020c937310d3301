package uk.redress.deployment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the diagrams and forms are read from at start-up.
 *
 * @param directory folder holding {@code processes/} and {@code forms/} (the project root when run with
 *                  {@code ./mvnw spring-boot:run}); when it has no {@code processes/} folder, the copies packaged
 *                  into the application under {@code redress-definitions/} are used
 * @param name      the deployment's name in Cockpit; duplicate filtering compares against it
 */
@ConfigurationProperties("redress.deployment")
public record DeploymentProperties(Path directory, String name) {

    public DeploymentProperties {
        directory = directory == null ? Path.of(".") : directory;
        name = name == null || name.isBlank() ? "redress" : name;
    }
}
