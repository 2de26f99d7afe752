package dev.flotilla.students.age;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StudentAgeConfiguration {

	@Bean
	StudentAgeStore studentAgeStore(StudentAgeProperties properties) {
		return new StudentAgeStore(properties.dataFile(), properties.fileCheckInterval());
	}

}
