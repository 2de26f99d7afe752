package dev.flotilla.studentsweb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The students web page (seed 000): the seed's {@code index.php}, rendered server-side
 * over the students API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StudentsWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(StudentsWebApplication.class, args);
	}

}
