package dev.flotilla.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import dev.flotilla.testsupport.OpenApiMutations.Mutation;
import dev.flotilla.testsupport.OpenApiMutations.Operation;

/**
 * Sends every {@link OpenApiMutations mutation} of an API to the running application and
 * checks each answer: a 4xx in the platform's JSON error shape ({@code application/json}
 * with {@code error}), never a 5xx, never a stack trace; a 2xx only for a mutation the
 * schema allows, on a safe operation or one the test restores. The stored data, read
 * through the API's own list endpoints, must be the same before and after.
 */
public final class OpenApiBadInput {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final JsonNode document;

	private Supplier<String> authorization = () -> null;

	private final Map<String, String> pathValues = new HashMap<>();

	private final Map<String, String> bodies = new HashMap<>();

	private Set<String> skipped = Set.of();

	private Restorer restorer = (mutation, status, body) -> false;

	private List<String> snapshotPaths = List.of();

	private final Map<String, Predicate<Mutation>> tolerated = new LinkedHashMap<>();

	private final Map<String, Predicate<Mutation>> withheld = new LinkedHashMap<>();

	/**
	 * Undoes a mutation a write operation accepted.
	 */
	@FunctionalInterface
	public interface Restorer {

		/**
		 * @return whether the change was undone (else the 2xx counts as a failure)
		 */
		boolean restore(Mutation mutation, int status, String body);

	}

	private OpenApiBadInput(String baseUrl) {
		this.baseUrl = baseUrl;
		this.document = OpenApiResponses.forServer(baseUrl).document();
	}

	/** A run against the application at {@code http://127.0.0.1:port}. */
	public static OpenApiBadInput against(String baseUrl) {
		return new OpenApiBadInput(baseUrl);
	}

	/** The Authorization header of the most privileged user, asked for each request. */
	public OpenApiBadInput authorization(Supplier<String> header) {
		this.authorization = header;
		return this;
	}

	/** A valid value for a parameter, by name or by {@code "template|name"}. */
	public OpenApiBadInput pathValue(String name, String value) {
		this.pathValues.put(name, value);
		return this;
	}

	/** A valid body to mutate for one operation ({@code "POST /api/commandes"}). */
	public OpenApiBadInput body(String operation, String json) {
		this.bodies.put(operation, json);
		return this;
	}

	/**
	 * Operations left out, with the reason in the caller (e.g. logout ends the session).
	 */
	public OpenApiBadInput skip(String... operations) {
		this.skipped = Set.of(operations);
		return this;
	}

	public OpenApiBadInput restorer(Restorer restorer) {
		this.restorer = restorer;
		return this;
	}

	/**
	 * A known leniency, already reported: a matching mutation may be accepted (a write
	 * still has to be restored). The run counts how many were.
	 * @param reason what is lenient, for the summary
	 * @param matching the mutations it covers
	 */
	public OpenApiBadInput tolerate(String reason, Predicate<Mutation> matching) {
		this.tolerated.put(reason, matching);
		return this;
	}

	/**
	 * A known leniency that would change stored data for good: matching mutations are not
	 * sent, and counted as withheld.
	 * @param reason what is lenient, for the summary
	 * @param matching the mutations it covers
	 */
	public OpenApiBadInput withhold(String reason, Predicate<Mutation> matching) {
		this.withheld.put(reason, matching);
		return this;
	}

	/** The list endpoints whose answers must not change. */
	public OpenApiBadInput stored(String... paths) {
		this.snapshotPaths = List.of(paths);
		return this;
	}

	/** Runs every mutation of every operation. */
	public Result run() {
		Snapshot before = snapshot();
		OpenApiMutations generator = OpenApiMutations.of(this.document);
		Map<String, Integer> perOperation = new LinkedHashMap<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		Map<String, Integer> known = new LinkedHashMap<>();
		int fiveXx = 0;
		for (Operation operation : generator.operations()) {
			if (this.skipped.contains(operation.key())) {
				continue;
			}
			List<Mutation> mutations = generator.mutations(operation, this.pathValues,
					this.bodies.get(operation.key()));
			perOperation.put(operation.key(), mutations.size());
			for (Mutation mutation : mutations) {
				String withholding = reason(this.withheld, mutation);
				if (withholding != null) {
					known.merge("withheld: " + withholding, 1, Integer::sum);
					continue;
				}
				HttpResponse<String> response = send(mutation);
				int status = response.statusCode();
				statuses.merge(status, 1, Integer::sum);
				fiveXx += (status >= 500) ? 1 : 0;
				String tolerance = reason(this.tolerated, mutation);
				boolean accepted = status >= 200 && status < 300;
				if (accepted && tolerance != null) {
					known.merge("accepted: " + tolerance, 1, Integer::sum);
				}
				String problem = check(mutation, response, tolerance != null);
				if (problem != null) {
					failures.add(
							problem + ": " + mutation.describe() + " -> " + status + " " + abbreviate(response.body()));
				}
			}
		}
		Snapshot after = snapshot();
		return new Result(perOperation, statuses, fiveXx, failures, known, before, after);
	}

	private static String reason(Map<String, Predicate<Mutation>> known, Mutation mutation) {
		for (var entry : known.entrySet()) {
			if (entry.getValue().test(mutation)) {
				return entry.getKey();
			}
		}
		return null;
	}

	private String check(Mutation mutation, HttpResponse<String> response, boolean tolerated) {
		int status = response.statusCode();
		String body = (response.body() == null) ? "" : response.body();
		if (body.contains("Exception") || body.contains("\tat ")) {
			return "stack trace";
		}
		if (status >= 200 && status < 300) {
			// Undone first, whatever the verdict, so one finding does not hide the
			// others.
			boolean restored = mutation.operation().safe() || this.restorer.restore(mutation, status, body);
			if (mutation.breaksSchema() && !tolerated) {
				return "accepted although the schema forbids it" + (restored ? "" : ", and not undone");
			}
			return restored ? null : "accepted a change that was not undone";
		}
		if (status < 400 || status >= 500) {
			return "not a 4xx";
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("application/json") && !type.startsWith("application/problem+json")) {
			return "error not in JSON (" + type + ")";
		}
		try {
			if (!OpenApiMutations.JSON.readTree(body).hasNonNull("error")) {
				return "error without \"error\"";
			}
		}
		catch (JacksonException ex) {
			return "error body is not JSON";
		}
		return null;
	}

	private HttpResponse<String> send(Mutation mutation) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + mutation.path()))
			.timeout(Duration.ofSeconds(60))
			.method(mutation.operation().method(), (mutation.body() == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(mutation.body()));
		if (mutation.contentType() != null) {
			request.header("Content-Type", mutation.contentType());
		}
		return exchange(request);
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) {
		String authorization = this.authorization.get();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpRequest built = request.build();
		try {
			return this.http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(built.method() + " " + abbreviate(built.uri().toString()) + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private Snapshot snapshot() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		for (String path : this.snapshotPaths) {
			HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(this.baseUrl + path)));
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			counts.put(path, count(OpenApiMutations.JSON.readTree(response.body())));
			sha256.update(response.body().getBytes(StandardCharsets.UTF_8));
		}
		return new Snapshot(counts, HexFormat.of().formatHex(sha256.digest()));
	}

	private static int count(JsonNode list) {
		if (list.isArray()) {
			return list.size();
		}
		for (var field : list.properties()) {
			if (field.getValue().isArray() || field.getValue().isObject()) {
				return field.getValue().size();
			}
		}
		return list.size();
	}

	private static String abbreviate(String text) {
		return (text == null || text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

	/** Stored counts per list endpoint and one SHA-256 over their answers. */
	public record Snapshot(Map<String, Integer> counts, String sha256) {
	}

	/**
	 * What a run saw.
	 *
	 * @param inputs mutations sent per operation
	 * @param statuses how many answers of each status
	 * @param fiveXx how many 5xx
	 * @param failures each answer that broke a rule, with its request
	 * @param known per known leniency, how many were accepted or withheld
	 * @param before the stored data before the run
	 * @param after the stored data after it
	 */
	public record Result(Map<String, Integer> inputs, Map<Integer, Integer> statuses, int fiveXx, List<String> failures,
			Map<String, Integer> known, Snapshot before, Snapshot after) {

		public int total() {
			return this.inputs.values().stream().mapToInt(Integer::intValue).sum();
		}

		public boolean unchanged() {
			return this.before.equals(this.after);
		}

		/** {@code "operations × inputs = N, 5xx = 0, unchanged"}. */
		public String summary() {
			return this.inputs.size() + " operations × inputs = " + total() + ", 5xx = " + this.fiveXx + ", "
					+ (unchanged() ? "unchanged" : "CHANGED " + this.before + " -> " + this.after);
		}

	}

}
