package dev.flotilla.deploy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
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
			Map.entry("PersistentVolumeClaim",
					new Model("v1", V1PersistentVolumeClaim.class, V1PersistentVolumeClaim::validateJsonElement)),
			Map.entry("Deployment", new Model("apps/v1", V1Deployment.class, V1Deployment::validateJsonElement)));

	private static final Gson GSON = new Gson();

	/** Renders per directory: kubectl's output does not change during a test run. */
	private static final Map<String, List<KubernetesObject>> RENDERED = new ConcurrentHashMap<>();

	private KubernetesManifests() {
	}

	/**
	 * Renders a Kustomize directory with {@code kubectl kustomize}, offline, once per
	 * test run.
	 */
	static List<KubernetesObject> render(String directory) throws IOException, InterruptedException {
		List<KubernetesObject> objects = RENDERED.get(directory);
		if (objects == null) {
			objects = List.copyOf(renderNow(directory));
			RENDERED.put(directory, objects);
		}
		return objects;
	}

	private static List<KubernetesObject> renderNow(String directory) throws IOException, InterruptedException {
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

	static List<V1Container> containers(List<KubernetesObject> objects) {
		return ofType(objects, V1Deployment.class).stream().flatMap((d) -> containers(d).stream()).toList();
	}

	static List<V1Container> containers(V1Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getContainers();
	}

	/** The container port a Service or probe port names or numbers, or -1 if none. */
	static int containerPort(V1Container container, IntOrString port) {
		return Objects.requireNonNullElse(container.getPorts(), List.<V1ContainerPort>of())
			.stream()
			.filter((candidate) -> port.isInteger() ? port.getIntValue().equals(candidate.getContainerPort())
					: port.getStrValue().equals(candidate.getName()))
			.mapToInt(V1ContainerPort::getContainerPort)
			.findFirst()
			.orElse(-1);
	}

	/**
	 * Asserts the type, port and target container port of the Service that shares its
	 * name with a Deployment, and returns it.
	 */
	static V1Service assertService(List<KubernetesObject> objects, String name, String type, int port,
			int containerPort) {
		V1Service service = named(objects, V1Service.class, name);
		assertThat(service.getSpec().getType()).isEqualTo(type);
		V1ServicePort servicePort = service.getSpec().getPorts().get(0);
		assertThat(servicePort.getPort()).isEqualTo(port);
		assertThat(
				containerPort(containers(named(objects, V1Deployment.class, name)).get(0), servicePort.getTargetPort()))
			.isEqualTo(containerPort);
		return service;
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
