package uk.redress;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RedressApplication {

    public static void main(String[] args) {
        SpringApplication.run(RedressApplication.class, args);
    }
}
