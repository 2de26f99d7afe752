package dev.flotilla.studentsweb.student;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class StudentsApiConfiguration {

	private static final Log log = LogFactory.getLog(StudentsApiConfiguration.class);

	@Bean
	StudentsApiClient studentsApiClient(StudentsWebProperties properties, Environment environment) {
		ApiCredentials credentials = ApiCredentials.resolve(properties, environment);
		// Says which user is sent and why, never the password: a 401 is then easy to
		// explain.
		log.info("Students API at " + properties.apiUrl() + " as user '" + credentials.username() + "' ("
				+ credentials.source() + ")");
		return new StudentsApiClient(properties.apiUrl(), credentials, properties.connectTimeout(),
				properties.readTimeout());
	}

}
