package dev.flotilla.studentsweb.student;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import dev.flotilla.studentsweb.student.StudentsApiException.Problem;

/**
 * Calls the students API (the routes of {@code students/README.md}) with HTTP Basic.
 * Every failure becomes a {@link StudentsApiException} with a message for the page;
 * nothing from the API's errors but a 400's {@code message} ever reaches it.
 */
class StudentsApiClient {

	static final String AGES = "/supmit/api/v1.0/get_student_ages";

	/** A URI template variable: expanded strictly encoded, so a '/' is sent as %2F. */
	static final String STUDENT = "/supmit/api/v1.0/students/{name}";

	static final String UNREACHABLE = "L'API est injoignable : réessayez dans un instant.";

	static final String REFUSED = "L'API refuse les identifiants de la page (vérifiez USERNAME et PASSWORD).";

	private static final Log log = LogFactory.getLog(StudentsApiClient.class);

	private final RestClient rest;

	private final String baseUrl;

	StudentsApiClient(String apiUrl, ApiCredentials credentials, Duration connectTimeout, Duration readTimeout) {
		this.baseUrl = baseUrl(apiUrl);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
		requestFactory.setReadTimeout(readTimeout);
		this.rest = RestClient.builder()
			.baseUrl(this.baseUrl)
			.requestFactory(requestFactory)
			.defaultHeaders((headers) -> headers.setBasicAuth(credentials.username(), credentials.password(),
					StandardCharsets.UTF_8))
			.build();
	}

	/** The students in the API's order (the order of its file). */
	List<Student> list() {
		return call(() -> {
			AgesResponse body = this.rest.get()
				.uri(AGES)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(AgesResponse.class);
			if (body == null || body.studentAges() == null) {
				throw new RestClientException("no student_ages in the answer");
			}
			return body.studentAges()
				.entrySet()
				.stream()
				.map((entry) -> new Student(entry.getKey(), String.valueOf(entry.getValue())))
				.toList();
		}, () -> "L'API ne connaît pas la route des étudiants (vérifiez API_URL).");
	}

	/**
	 * Adds or changes a student.
	 * @return {@code true} if the student was created, {@code false} if updated
	 */
	boolean save(String name, int age) {
		return call(
				() -> this.rest.put()
					.uri(STUDENT, name)
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.body(Map.of("age", age))
					.retrieve()
					.toBodilessEntity()
					.getStatusCode()
					.isSameCodeAs(HttpStatus.CREATED),
				() -> "L'API ne connaît pas la route des étudiants (vérifiez API_URL).");
	}

	void delete(String name) {
		call(() -> this.rest.delete().uri(STUDENT, name).retrieve().toBodilessEntity(),
				() -> "« " + name + " » n'existe pas (ou plus) dans l'API.");
	}

	private <T> T call(Supplier<T> request, Supplier<String> notFound) {
		try {
			return request.get();
		}
		catch (ResourceAccessException ex) {
			log.warn("Students API unreachable at " + this.baseUrl + ": " + ex.getMostSpecificCause());
			throw new StudentsApiException(Problem.UNREACHABLE, UNREACHABLE);
		}
		catch (RestClientResponseException ex) {
			throw fromStatus(ex, notFound);
		}
		catch (RestClientException ex) {
			log.warn("Unreadable answer from the students API at " + this.baseUrl + ": " + ex.getMessage());
			throw new StudentsApiException(Problem.FAILED, "L'API a répondu de façon inattendue.");
		}
	}

	private StudentsApiException fromStatus(RestClientResponseException ex, Supplier<String> notFound) {
		int status = ex.getStatusCode().value();
		if (status == 401 || status == 403) {
			log.warn("The students API at " + this.baseUrl + " refuses the page's credentials (" + status + ")");
			return new StudentsApiException(Problem.REFUSED_CREDENTIALS, REFUSED);
		}
		if (status == 404) {
			return new StudentsApiException(Problem.NOT_FOUND, notFound.get());
		}
		if (status == 400) {
			return new StudentsApiException(Problem.REJECTED, "L'API a refusé la demande : " + apiMessage(ex));
		}
		log.warn("The students API at " + this.baseUrl + " answered " + status);
		return new StudentsApiException(Problem.FAILED, "L'API a répondu par une erreur (HTTP " + status + ").");
	}

	private static String apiMessage(RestClientResponseException ex) {
		try {
			ErrorBody body = ex.getResponseBodyAs(ErrorBody.class);
			if (body != null && body.message() != null && !body.message().isBlank()) {
				return body.message();
			}
		}
		catch (RuntimeException unreadable) {
			// Not the platform's error shape: fall through to a generic message.
		}
		return "données invalides.";
	}

	private static String baseUrl(String apiUrl) {
		String url = apiUrl.trim();
		// The seed's page was configured with "host:port"; accept that too.
		if (!url.contains("://")) {
			url = "http://" + url;
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	record AgesResponse(@JsonProperty("student_ages") @Nullable Map<String, Object> studentAges) {
	}

	record ErrorBody(@Nullable String error, @Nullable String message) {
	}

}
