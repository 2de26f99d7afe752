package dev.flotilla.studentsweb.student;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
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
 * Every failure becomes a {@link StudentsApiException} with a French message for the
 * page; no text of the API's errors ever reaches it (only which fields a 400 names).
 */
class StudentsApiClient {

	static final String AGES = "/supmit/api/v1.0/get_student_ages";

	/** A URI template variable: expanded strictly encoded, so a '/' is sent as %2F. */
	static final String STUDENT = "/supmit/api/v1.0/students/{name}";

	static final String UNREACHABLE = "L'API est injoignable : réessayez dans un instant.";

	static final String REFUSED = "L'API refuse les identifiants de la page (vérifiez USERNAME et PASSWORD).";

	static final String SIGNED_IN_REFUSED = "L'API n'accepte plus vos identifiants : reconnectez-vous.";

	static final String THROTTLED = "L'API refuse trop d'essais d'affilée : réessayez dans quelques minutes.";

	private static final String NO_ROUTE = "L'API ne connaît pas la route des étudiants (vérifiez API_URL).";

	private static final Log log = LogFactory.getLog(StudentsApiClient.class);

	private final RestClient rest;

	private final String baseUrl;

	private final ApiCredentials pageCredentials;

	StudentsApiClient(String apiUrl, ApiCredentials pageCredentials, Duration connectTimeout, Duration readTimeout) {
		this.baseUrl = baseUrl(apiUrl);
		this.pageCredentials = pageCredentials;
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
		requestFactory.setReadTimeout(readTimeout);
		this.rest = RestClient.builder().baseUrl(this.baseUrl).requestFactory(requestFactory).build();
	}

	/**
	 * The students in the API's order (the order of its file), read with the page's own
	 * credentials, as the seed's page did: listing needs no sign-in.
	 */
	List<Student> list() {
		return list(this.pageCredentials, REFUSED);
	}

	/**
	 * Checks credentials typed on the sign-in page by reading the list with them.
	 * @throws StudentsApiException {@code REFUSED_CREDENTIALS} when the API refuses them
	 */
	void verify(ApiCredentials user) {
		list(user, REFUSED);
	}

	/**
	 * Adds or changes a student as the signed-in user.
	 * @return {@code true} if the student was created, {@code false} if updated
	 */
	boolean save(ApiCredentials user, String name, int age) {
		return call(() -> this.rest.put()
			.uri(STUDENT, name)
			.headers((headers) -> basic(headers, user))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(Map.of("age", age))
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.isSameCodeAs(HttpStatus.CREATED), () -> NO_ROUTE, SIGNED_IN_REFUSED);
	}

	void delete(ApiCredentials user, String name) {
		call(() -> this.rest.delete()
			.uri(STUDENT, name)
			.headers((headers) -> basic(headers, user))
			.retrieve()
			.toBodilessEntity(), () -> "« " + name + " » n'existe pas (ou plus) dans l'API.", SIGNED_IN_REFUSED);
	}

	/**
	 * Renames a student. The API names students by their name and has no rename, so this
	 * creates the new name then deletes the old one; should the delete fail, the new name
	 * is deleted again, so that a failed rename leaves the student as it was.
	 * @throws StudentsApiException {@code CONFLICT} when the new name is taken,
	 * {@code NOT_FOUND} when the old one is gone
	 */
	void rename(ApiCredentials user, String from, String to, int age) {
		List<Student> students = list(user, SIGNED_IN_REFUSED);
		if (students.stream().noneMatch((student) -> student.name().equals(from))) {
			throw new StudentsApiException(Problem.NOT_FOUND, "« " + from + " » n'existe pas (ou plus) dans l'API.");
		}
		if (students.stream().anyMatch((student) -> student.name().equals(to))) {
			throw taken(to);
		}
		if (!save(user, to, age)) {
			// Someone created the new name between the check and now: keep the old one.
			throw taken(to);
		}
		try {
			delete(user, from);
		}
		catch (StudentsApiException ex) {
			if (ex.problem() == Problem.NOT_FOUND) {
				// Deleted meanwhile by someone else: the new name stands alone, as asked.
				return;
			}
			undo(user, to);
			throw ex;
		}
	}

	private static StudentsApiException taken(String name) {
		return new StudentsApiException(Problem.CONFLICT,
				"Un étudiant s'appelle déjà « " + name + " » : choisissez un autre nom.");
	}

	private void undo(ApiCredentials user, String created) {
		try {
			delete(user, created);
		}
		catch (StudentsApiException ex) {
			log.warn("Rename half done: '" + created + "' was created but its old name could not be deleted");
		}
	}

	private List<Student> list(ApiCredentials credentials, String refused) {
		return call(() -> {
			AgesResponse body = this.rest.get()
				.uri(AGES)
				.headers((headers) -> basic(headers, credentials))
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
		}, () -> NO_ROUTE, refused);
	}

	private static void basic(HttpHeaders headers, ApiCredentials credentials) {
		headers.setBasicAuth(credentials.username(), credentials.password(), StandardCharsets.UTF_8);
	}

	private <T> T call(Supplier<T> request, Supplier<String> notFound, String refused) {
		try {
			return request.get();
		}
		catch (ResourceAccessException ex) {
			log.warn("Students API unreachable at " + this.baseUrl + ": " + ex.getMostSpecificCause());
			throw new StudentsApiException(Problem.UNREACHABLE, UNREACHABLE);
		}
		catch (RestClientResponseException ex) {
			throw fromStatus(ex, notFound, refused);
		}
		catch (RestClientException ex) {
			log.warn("Unreadable answer from the students API at " + this.baseUrl + ": " + ex.getMessage());
			throw new StudentsApiException(Problem.FAILED, "L'API a répondu de façon inattendue.");
		}
	}

	private StudentsApiException fromStatus(RestClientResponseException ex, Supplier<String> notFound, String refused) {
		int status = ex.getStatusCode().value();
		if (status == 401 || status == 403) {
			log.warn("The students API at " + this.baseUrl + " refuses the credentials sent (" + status + ")");
			return new StudentsApiException(Problem.REFUSED_CREDENTIALS, refused);
		}
		if (status == 429) {
			return new StudentsApiException(Problem.THROTTLED, THROTTLED);
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

	/**
	 * What the API refused, in French: the API's own messages are English, so only the
	 * names of the fields it rejected are used, never its text.
	 */
	private static String apiMessage(RestClientResponseException ex) {
		List<String> rejected = List.of();
		try {
			ErrorBody body = ex.getResponseBodyAs(ErrorBody.class);
			if (body != null && body.fields() != null) {
				rejected = body.fields().stream().map(FieldBody::field).toList();
			}
		}
		catch (RuntimeException unreadable) {
			// Not the platform's error shape: fall through to a generic message.
		}
		if (rejected.contains("name") && rejected.contains("age")) {
			return "ni le nom ni l'âge ne conviennent.";
		}
		if (rejected.contains("name")) {
			return "ce nom ne convient pas (lettres, espaces, -, ', ’ et / seulement, 100 caractères au plus).";
		}
		if (rejected.contains("age")) {
			return "l'âge doit être un nombre entier entre 1 et 150.";
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

	@JsonIgnoreProperties(ignoreUnknown = true)
	record AgesResponse(@JsonProperty("student_ages") @Nullable Map<String, Object> studentAges) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ErrorBody(@Nullable String error, @Nullable List<FieldBody> fields) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FieldBody(String field) {
	}

}
