package dev.flotilla.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every response a test receives against the OpenAPI document the application
 * publishes, so the document cannot drift from the code: the path and method must be
 * documented, the status declared (a success status explicitly, an error status at least
 * by {@code 4XX}/{@code default}), the content type one of the declared media types, the
 * declared required headers present and the JSON body valid against the declared schema.
 * <p>
 * Schemas are checked by {@code com.networknt:json-schema-validator} in the document's
 * own dialect (OpenAPI 3.1: JSON Schema 2020-12; OpenAPI 3.0 also understood), resolving
 * {@code $ref}s inside the document. A response that does not fit throws an
 * {@link AssertionError} saying which request, what the document declares and what came
 * back. Each API's validated responses are counted and reported at the end of the run by
 * {@link OpenApiReport}.
 * <p>
 * Routes that are no part of an API's document (Actuator, the document itself, Swagger
 * UI) are not checked. A route the document does not list may only answer an error, in
 * the platform's error shape when the document declares it ({@code ApiError}).
 */
public final class OpenApiResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, OpenApiResponses> LOADED = new ConcurrentHashMap<>();

	private static final Map<String, Tally> TALLIES = new ConcurrentSkipListMap<>();

	private static final List<String> NOT_DOCUMENTED = List.of("/actuator", "/v3/api-docs", "/apidocs", "/swagger-ui");

	private static final String ERROR_SCHEMA = "ApiError";

	private final String api;

	private final JsonNode document;

	private final String documentUri;

	private final SchemaRegistry registry;

	private final String basePath;

	private final List<Route> routes;

	private final Map<String, Schema> schemas;

	private final List<String> scope;

	private OpenApiResponses(OpenApiResponses validator, List<String> scope) {
		this.api = validator.api;
		this.document = validator.document;
		this.documentUri = validator.documentUri;
		this.registry = validator.registry;
		this.basePath = validator.basePath;
		this.routes = validator.routes;
		this.schemas = validator.schemas;
		this.scope = List.copyOf(scope);
	}

	private OpenApiResponses(String api, String json) {
		this.schemas = new ConcurrentHashMap<>();
		this.scope = List.of();
		this.document = JSON.readTree(json);
		this.api = api;
		this.documentUri = "https://openapi.invalid/" + api.replaceAll("[^A-Za-z0-9_-]", "_") + ".json";
		boolean v30 = this.document.path("openapi").asString("").startsWith("3.0");
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
		this.registry = SchemaRegistry.withDialect(v30 ? Dialects.getOpenApi30() : Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(this.documentUri, json)).schemaRegistryConfig(config));
		this.basePath = basePath(this.document);
		List<Route> found = new ArrayList<>();
		this.document.path("paths").properties().forEach((entry) -> found.add(Route.of(entry.getKey())));
		found.sort(Comparator.comparingInt(Route::variables).thenComparing((route) -> -route.template().length()));
		this.routes = List.copyOf(found);
	}

	/**
	 * The document of the application at {@code baseUrl} ({@code http://127.0.0.1:port}),
	 * read from its {@code /v3/api-docs} once per base URL.
	 * @param baseUrl scheme, host and port of the running application
	 * @return the validator of that application's responses
	 */
	public static OpenApiResponses forServer(String baseUrl) {
		return LOADED.computeIfAbsent(baseUrl, OpenApiResponses::load);
	}

	/**
	 * A validator over a given document, e.g. one saved or written by a test.
	 * @param api the name to count its responses under
	 * @param documentJson the OpenAPI document, as JSON
	 * @return the validator
	 */
	public static OpenApiResponses of(String api, String documentJson) {
		return new OpenApiResponses(api, documentJson);
	}

	/**
	 * A validator over the document an application published (read through MockMvc, for
	 * instance), counted under its {@code info.title} and saved to
	 * {@code target/openapi/<title>.json} for the linters and for readers of a failure.
	 * @param documentJson the document, as {@code /v3/api-docs} served it
	 * @return the validator
	 */
	public static OpenApiResponses published(String documentJson) {
		JsonNode document = JSON.readTree(documentJson);
		String title = document.path("info").path("title").asString("api");
		Path saved = Path.of("target", "openapi", title.replaceAll("[^A-Za-z0-9_-]", "_") + ".json");
		try {
			Files.createDirectories(saved.getParent());
			Files.writeString(saved, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new OpenApiResponses(title, documentJson);
	}

	/** Validated and failed responses per API so far, for the end-of-run report. */
	static Map<String, Tally> tallies() {
		return TALLIES;
	}

	/**
	 * The same validator, for an application that also serves pages: only paths under
	 * these prefixes (e.g. {@code /api/}) are checked, the others are not counted.
	 * @param prefixes the API's path prefixes
	 * @return a validator limited to them
	 */
	public OpenApiResponses within(String... prefixes) {
		return new OpenApiResponses(this, List.of(prefixes));
	}

	/** The name responses are counted under: the document's {@code info.title}. */
	public String api() {
		return this.api;
	}

	/** The document, as published. */
	public JsonNode document() {
		return this.document;
	}

	/**
	 * Validates a response of {@link HttpClient}, with the method and path of its
	 * request.
	 * @param <T> the body's type: text, or bytes (checked as UTF-8 text when JSON)
	 * @param response the response
	 * @return the same response, for chaining
	 */
	public <T> HttpResponse<T> validate(HttpResponse<T> response) {
		Object body = response.body();
		String text = (body instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
				: (body != null) ? body.toString() : null;
		validate(response.request().method(), response.uri().getRawPath(), response.statusCode(),
				response.headers().map(), text);
		return response;
	}

	/**
	 * Validates one response.
	 * @param method the request's method
	 * @param path the request's path (a query string is ignored)
	 * @param status the response's status
	 * @param headers the response's headers (names in any case)
	 * @param body the response's body, {@code null} or empty for none
	 * @throws AssertionError if the response does not fit the document
	 */
	public void validate(String method, String path, int status, Map<String, List<String>> headers, String body) {
		String rawPath = stripQuery(path);
		String where = method + " " + rawPath + " -> " + status + ": ";
		String problem;
		try {
			problem = check(method.toLowerCase(Locale.ROOT), rawPath, status, headers, body);
		}
		catch (RuntimeException ex) {
			problem = "could not be checked (" + ex + ")";
		}
		if (problem == null) {
			return;
		}
		Tally tally = TALLIES.computeIfAbsent(this.api, (name) -> new Tally());
		if (problem.isEmpty()) {
			tally.skipped.increment();
			return;
		}
		tally.failed.increment();
		throw new AssertionError("The response does not fit the OpenAPI document of " + this.api + ": " + where
				+ problem + ((body != null && !body.isEmpty()) ? "\nBody: " + abbreviate(body) : ""));
	}

	/** {@code null} when it fits (counted), "" when not checked, else the problem. */
	private String check(String method, String rawPath, int status, Map<String, List<String>> headers, String body) {
		if (method.equals("options") || (!this.scope.isEmpty() && this.scope.stream().noneMatch(rawPath::startsWith))) {
			return "";
		}
		String relative = rawPath.startsWith(this.basePath) ? rawPath.substring(this.basePath.length()) : rawPath;
		if (relative.isEmpty()) {
			relative = "/";
		}
		Optional<Route> route = route(relative);
		if (route.isEmpty()) {
			for (String prefix : NOT_DOCUMENTED) {
				if (relative.equals(prefix) || relative.startsWith(prefix + "/") || relative.startsWith(prefix + ".")) {
					return "";
				}
			}
			return undocumented("the path is not in the document", status, headers, body);
		}
		String template = route.get().template();
		JsonNode pathItem = this.document.path("paths").path(template);
		String operationMethod = (method.equals("head") && !pathItem.has("head")) ? "get" : method;
		if (!pathItem.has(operationMethod)) {
			return undocumented("the document has no " + method.toUpperCase(Locale.ROOT) + " " + template, status,
					headers, body);
		}
		String operationPointer = "/paths/" + escape(template) + "/" + operationMethod;
		JsonNode responses = this.document.at(operationPointer + "/responses");
		String code = declaredStatus(responses, status);
		if (code == null) {
			return "the document declares no " + status + " for " + operationMethod.toUpperCase(Locale.ROOT) + " "
					+ template + " (declared: " + names(responses) + ")";
		}
		String problem = checkResponse(operationPointer + "/responses/" + escape(code), responses.path(code), headers,
				method.equals("head") ? null : body);
		if (problem == null) {
			TALLIES.computeIfAbsent(this.api, (name) -> new Tally()).validated.increment();
		}
		return problem;
	}

	/**
	 * An answer of a route or method the document does not list: an error, whose body
	 * fits an error schema the document gives that status elsewhere, or else
	 * {@code ApiError}.
	 */
	private String undocumented(String what, int status, Map<String, List<String>> headers, String body) {
		if (status < 400 || status >= 500) {
			return what + ", yet it answered " + status;
		}
		List<String> candidates = errorSchemas(status);
		if (candidates.isEmpty() || body == null || body.isEmpty()) {
			TALLIES.computeIfAbsent(this.api, (name) -> new Tally()).validated.increment();
			return null;
		}
		String problem = null;
		for (String candidate : candidates) {
			problem = checkJson(candidate, contentType(headers), body);
			if (problem == null) {
				TALLIES.computeIfAbsent(this.api, (name) -> new Tally()).validated.increment();
				return null;
			}
		}
		return what + " and its error " + problem;
	}

	/**
	 * JSON schemas the document declares for this status, then the platform's error
	 * shape.
	 */
	private List<String> errorSchemas(int status) {
		List<String> pointers = new ArrayList<>();
		String code = Integer.toString(status);
		this.document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			JsonNode declared = operation.getValue().path("responses").path(code);
			String ref = declared.path("$ref").asString("");
			String pointer = ref.startsWith("#") ? ref.substring(1)
					: "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/responses/" + code;
			this.document.at(pointer).path("content").properties().forEach((media) -> {
				String schema = pointer + "/content/" + escape(media.getKey()) + "/schema";
				if (isJson(media.getKey()) && !this.document.at(schema).isMissingNode() && !pointers.contains(schema)) {
					pointers.add(schema);
				}
			});
		}));
		if (this.document.path("components").path("schemas").has(ERROR_SCHEMA)) {
			pointers.add("/components/schemas/" + ERROR_SCHEMA);
		}
		return pointers;
	}

	private String checkResponse(String declaredAt, JsonNode declared, Map<String, List<String>> headers, String body) {
		String ref = declared.path("$ref").asString("");
		String pointer = ref.startsWith("#") ? ref.substring(1) : declaredAt;
		JsonNode response = this.document.at(pointer);
		for (var header : response.path("headers").properties()) {
			JsonNode definition = resolve(header.getValue());
			String value = header(headers, header.getKey());
			if (value == null && definition.path("required").asBoolean(false)) {
				return "the required header " + header.getKey() + " is missing";
			}
		}
		JsonNode content = response.path("content");
		if (body == null || body.isEmpty()) {
			if (content.isObject() && !content.isEmpty() && !allowsEmpty(content)) {
				return "the document declares a body (" + names(content) + ") but none came";
			}
			return null;
		}
		if (!content.isObject() || content.isEmpty()) {
			return "the document declares no body for this status, yet one came";
		}
		String contentType = contentType(headers);
		if (contentType == null) {
			return "a body came without a Content-Type (declared: " + names(content) + ")";
		}
		String mediaType = mediaType(content, contentType);
		if (mediaType == null) {
			return "the Content-Type " + contentType + " is not declared (declared: " + names(content) + ")";
		}
		if (!isJson(contentType) || !content.path(mediaType).has("schema")) {
			return null;
		}
		return checkJson(pointer + "/content/" + escape(mediaType) + "/schema", contentType, body);
	}

	private String checkJson(String schemaPointer, String contentType, String body) {
		if (contentType == null || !isJson(contentType)) {
			return "came as " + contentType + ", not JSON";
		}
		JsonNode instance;
		try {
			instance = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "has a body that is not JSON";
		}
		Schema schema = this.schemas.computeIfAbsent(schemaPointer,
				(pointer) -> this.registry.getSchema(SchemaLocation.of(this.documentUri + "#" + pointer)));
		List<Error> errors = schema.validate(instance);
		if (errors.isEmpty()) {
			return null;
		}
		return "has a body that does not fit " + describe(schemaPointer) + ":\n  "
				+ errors.stream().map(Error::toString).collect(Collectors.joining("\n  "));
	}

	private String describe(String schemaPointer) {
		JsonNode schema = this.document.at(schemaPointer);
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? "#" + schemaPointer : ref;
	}

	private Optional<Route> route(String path) {
		return this.routes.stream().filter((route) -> route.pattern().matcher(path).matches()).findFirst();
	}

	private static String declaredStatus(JsonNode responses, int status) {
		String exact = Integer.toString(status);
		if (responses.has(exact)) {
			return exact;
		}
		// A success must be declared as such; an error may fall under a range or default.
		if (status < 400) {
			return null;
		}
		String range = (status / 100) + "XX";
		if (responses.has(range)) {
			return range;
		}
		return responses.has("default") ? "default" : null;
	}

	private static String mediaType(JsonNode content, String contentType) {
		String actual = essence(contentType);
		String wildcard = actual.substring(0, actual.indexOf('/') + 1) + "*";
		String found = null;
		for (String declared : names(content).split(", ")) {
			String essence = essence(declared);
			if (essence.equals(actual)) {
				return declared;
			}
			if (essence.equals(wildcard) || (found == null && essence.equals("*/*"))) {
				found = declared;
			}
		}
		return found;
	}

	private static boolean allowsEmpty(JsonNode content) {
		for (var entry : content.properties()) {
			if (!isJson(entry.getKey())) {
				return true;
			}
		}
		return false;
	}

	private JsonNode resolve(JsonNode node) {
		String ref = node.path("$ref").asString("");
		return ref.startsWith("#") ? this.document.at(ref.substring(1)) : node;
	}

	private static boolean isJson(String contentType) {
		String essence = essence(contentType);
		return essence.endsWith("/json") || essence.endsWith("+json");
	}

	private static String essence(String contentType) {
		int semicolon = contentType.indexOf(';');
		return ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
	}

	private static String contentType(Map<String, List<String>> headers) {
		return header(headers, "Content-Type");
	}

	private static String header(Map<String, List<String>> headers, String name) {
		for (var entry : headers.entrySet()) {
			if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
				return entry.getValue().get(0);
			}
		}
		return null;
	}

	private static String names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.properties().forEach((entry) -> names.add(entry.getKey()));
		return String.join(", ", names);
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	private static String stripQuery(String path) {
		int query = path.indexOf('?');
		return (query < 0) ? path : path.substring(0, query);
	}

	private static String abbreviate(String body) {
		return (body.length() <= 600) ? body : body.substring(0, 600) + "…";
	}

	private static String basePath(JsonNode document) {
		String url = document.path("servers").path(0).path("url").asString("");
		String path = url.isEmpty() ? "" : URI.create(url).getRawPath();
		return (path == null || path.equals("/")) ? "" : path.replaceAll("/$", "");
	}

	private static OpenApiResponses load(String baseUrl) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs"))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IllegalStateException(baseUrl + "/v3/api-docs answered " + response.statusCode() + ": "
						+ abbreviate(response.body()));
			}
			return published(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + baseUrl + "/v3/api-docs", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + baseUrl + "/v3/api-docs", ex);
		}
	}

	/** One path template of the document, as a pattern over raw paths. */
	private record Route(String template, Pattern pattern, int variables) {

		static Route of(String template) {
			StringBuilder regex = new StringBuilder();
			int variables = 0;
			int at = 0;
			while (at < template.length()) {
				int open = template.indexOf('{', at);
				int close = (open < 0) ? -1 : template.indexOf('}', open);
				if (open < 0 || close < 0) {
					regex.append(Pattern.quote(template.substring(at)));
					break;
				}
				if (open > at) {
					regex.append(Pattern.quote(template.substring(at, open)));
				}
				regex.append("[^/]+");
				variables++;
				at = close + 1;
			}
			return new Route(template, Pattern.compile(regex.toString()), variables);
		}

	}

	/** Responses of one API: validated, failed, and not checked (not part of the API). */
	static final class Tally {

		final LongAdder validated = new LongAdder();

		final LongAdder failed = new LongAdder();

		final LongAdder skipped = new LongAdder();

	}

}
