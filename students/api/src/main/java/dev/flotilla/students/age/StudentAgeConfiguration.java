package dev.flotilla.students.age;

import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StudentAgeConfiguration {

	@Bean
	StudentAgeStore studentAgeStore(StudentAgeProperties properties) {
		return new StudentAgeStore(properties.dataFile(), properties.fileCheckInterval());
	}

	/**
	 * Jackson builds the write body's deserializer, and Bean Validation the rules'
	 * metadata and message interpolation, on first use: about half a second on a cold
	 * JVM. Runners run before the API reports ready, so the first write after a start
	 * does not pay it.
	 */
	@Bean
	ApplicationRunner studentWriteWarmUp(Validator validator, JsonMapper jsonMapper) {
		return (arguments) -> validator
			.validate(new StudentWrite(" ", jsonMapper.readValue("{\"Age\": \"x\"}", UpdateStudentRequest.class)));
	}

}
