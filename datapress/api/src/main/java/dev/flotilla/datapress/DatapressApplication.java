package dev.flotilla.datapress;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * DataPress POC API (seed 003).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatapressApplication {

	public static void main(String[] args) {
		SpringApplication.run(DatapressApplication.class, args);
	}

}
