package dev.flotilla.deploy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kubernetes manifests read into the client-java models, strictly: an unknown field, a
 * missing required one or a kind without a model is an error, as the API server would
 * answer.
 */
final class KubernetesManifests {

	private static final Duration KUSTOMIZE_TIMEOUT = Duration.ofSeconds(60);

	/** Every kind the manifests may use; a new kind must be added here on purpose. */
	private static final Map<String, Model> MODELS = Map.ofEntries(
			Map.entry("Namespace", new Model("v1", V1Namespace.class, V1Namespace::validateJsonElement)),
			Map.entry("ConfigMap", new Model("v1", V1ConfigMap.class, V1ConfigMap::validateJsonElement)),
			Map.entry("Secret", new Model("v1", V1Secret.class, V1Secret::validateJsonElement)),
			Map.entry("Service", new Model("v1", V1Service.class, V1Service::validateJsonElement)),
			Map.entry("Deployment", new Model("apps/v1", V1Deployment.class, V1Deployment::validateJsonElement)));

	private static final Gson GSON = new Gson();

	private KubernetesManifests() {
	}

	/** Renders a Kustomize directory with {@code kubectl kustomize}, offline. */
	static List<KubernetesObject> render(String directory) throws IOException, InterruptedException {
		ExternalTool.Result result = ExternalTool.require("kubectl")
			.run(KUSTOMIZE_TIMEOUT, "kustomize", Repository.resolve(directory).toString());
		assertThat(result.exitCode()).as("kubectl kustomize %s failed: %s", directory, result.stderr()).isZero();
		return parse(result.stdout());
	}

	/** Reads every document of a multi-document YAML stream into its model. */
	static List<KubernetesObject> parse(String yaml) throws IOException {
		List<KubernetesObject> objects = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document != null) {
				objects.add(toModel(GSON.toJsonTree(document)));
			}
		}
		return objects;
	}

	static KubernetesObject toModel(JsonElement json) throws IOException {
		JsonObject object = json.getAsJsonObject();
		String kind = text(object, "kind");
		Model model = MODELS.get(kind);
		if (model == null) {
			throw new IllegalArgumentException(
					"No Kubernetes model for kind '" + kind + "': add it to KubernetesManifests.MODELS");
		}
		if (!model.apiVersion().equals(text(object, "apiVersion"))) {
			throw new IllegalArgumentException(kind + " must use apiVersion " + model.apiVersion());
		}
		model.validator().validate(object);
		return JSON.getGson().fromJson(object, model.type());
	}

	static <T extends KubernetesObject> List<T> ofType(List<KubernetesObject> objects, Class<T> type) {
		return objects.stream().filter(type::isInstance).map(type::cast).toList();
	}

	static <T extends KubernetesObject> T named(List<KubernetesObject> objects, Class<T> type, String name) {
		return ofType(objects, type).stream()
			.filter((object) -> name.equals(object.getMetadata().getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " named " + name));
	}

	private static String text(JsonObject object, String field) {
		JsonElement value = object.get(field);
		return (value != null && value.isJsonPrimitive()) ? value.getAsString() : "";
	}

	private record Model(String apiVersion, Class<? extends KubernetesObject> type, Validator validator) {

	}

	@FunctionalInterface
	private interface Validator {

		void validate(JsonElement json) throws IOException;

	}

}
