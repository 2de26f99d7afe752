package dev.flotilla.factory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one full-context configuration of the H2 suites, so they share one cached context:
 * an in-memory database, deterministic builds that run 100 times faster than real ones,
 * on a real port too (Tomcat parses requests as MockMvc does not), pooled connections
 * retired after 30 s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:factory-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"factory.builds.seed=42", "factory.builds.time-scale=0.01", "factory.builds.poll-interval=50ms",
				"factory.cors.allowed-origins=https://ci.example.org",
				// Hikari's shortest lifetime: connections are recycled during the run, as
				// in
				// production, so faults bound to one connection show (see FactorySoakIT).
				"spring.datasource.hikari.max-lifetime=30000" })
@AutoConfigureMockMvc
public @interface FactoryIT {

}
