package dev.flotilla.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.ofType;
import static org.assertj.core.api.Assertions.assertThat;

class KustomizeOverlaysTests {

	private static final Set<String> APPLICATION_ENDPOINTS = Set.of("/health", "/healthz", "/actuator/health/liveness",
			"/actuator/health/readiness");

	/**
	 * The only values a committed Secret may hold: real ones are supplied out of band.
	 */
	private static final Set<String> DUMMY_SECRET_VALUES = Set.of("recette-dummy-password", "local-dummy-password");

	private static final Map<String, List<KubernetesObject>> RENDERED = new ConcurrentHashMap<>();

	static Stream<String> overlays() throws IOException {
		try (Stream<Path> directories = Files.list(Repository.resolve("deploy/k8s/overlays"))) {
			return directories.filter(Files::isDirectory)
				.map((directory) -> "deploy/k8s/overlays/" + directory.getFileName())
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void rendersOnlyObjectsValidAgainstTheirKubernetesModel(String overlay) throws Exception {
		assertThat(render(overlay)).isNotEmpty();
	}

	@Test
	void recetteOverlayRendersTheSeedObjects() throws Exception {
		List<KubernetesObject> objects = render("deploy/k8s/overlays/recette");
		assertThat(objects).map((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.containsExactlyInAnyOrder("Namespace/datapress-recette", "ConfigMap/datapress-config",
					"Secret/datapress-secret", "Deployment/datapress-api", "Service/datapress-api",
					"Deployment/datapress-front", "Service/datapress-front");
		assertThat(objects).filteredOn((object) -> !(object instanceof V1Namespace))
			.allSatisfy((object) -> assertThat(object.getMetadata().getNamespace()).isEqualTo("datapress-recette"));
		assertThat(named(objects, V1ConfigMap.class, "datapress-config").getData()).containsEntry("APP_ENV", "recette")
			.containsKey("BANNER");
		assertThat(named(objects, V1Secret.class, "datapress-secret").getData()).containsKey("DB_PASSWORD");
		V1Deployment api = named(objects, V1Deployment.class, "datapress-api");
		assertThat(api.getSpec().getReplicas()).isEqualTo(2);
		V1Container apiContainer = api.getSpec().getTemplate().getSpec().getContainers().get(0);
		assertThat(Stream.of(apiContainer.getReadinessProbe(), apiContainer.getLivenessProbe()))
			.allSatisfy((probe) -> assertThat(probe.getHttpGet().getPath()).isEqualTo("/health"));
		assertService(objects, "datapress-api", "ClusterIP", 80, 8000);
		assertThat(named(objects, V1Deployment.class, "datapress-front").getSpec().getReplicas()).isEqualTo(1);
		V1Service front = assertService(objects, "datapress-front", "NodePort", 80, 80);
		assertThat(front.getSpec().getPorts().get(0).getNodePort()).isEqualTo(30080);
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void namespacedObjectsLiveInTheOverlayNamespace(String overlay) throws Exception {
		List<KubernetesObject> objects = render(overlay);
		assertThat(ofType(objects, V1Namespace.class)).hasSize(1);
		String namespace = ofType(objects, V1Namespace.class).get(0).getMetadata().getName();
		assertThat(objects).filteredOn((object) -> !(object instanceof V1Namespace))
			.allSatisfy((object) -> assertThat(object.getMetadata().getNamespace()).isEqualTo(namespace));
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void servicesTargetAContainerPortOfThePodsTheySelect(String overlay) throws Exception {
		List<KubernetesObject> objects = render(overlay);
		for (V1Service service : ofType(objects, V1Service.class)) {
			Map<String, String> selector = service.getSpec().getSelector();
			List<V1Deployment> selected = ofType(objects, V1Deployment.class).stream()
				.filter((deployment) -> selects(selector, deployment))
				.toList();
			assertThat(selected).as("pods selected by Service %s", service.getMetadata().getName()).isNotEmpty();
			for (V1ServicePort port : service.getSpec().getPorts()) {
				IntOrString target = Objects.requireNonNullElse(port.getTargetPort(), new IntOrString(port.getPort()));
				assertThat(selected).allSatisfy((deployment) -> assertThat(containers(deployment))
					.anySatisfy((container) -> assertThat(containerPort(container, target)).isPositive()));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void probesUseAContainerPortAndARealEndpoint(String overlay) throws Exception {
		for (V1Container container : containers(render(overlay))) {
			assertThat(container.getReadinessProbe()).as("readiness of %s", container.getName()).isNotNull();
			assertThat(container.getLivenessProbe()).as("liveness of %s", container.getName()).isNotNull();
			Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
				.filter(Objects::nonNull)
				.map(V1Probe::getHttpGet)
				.forEach((httpGet) -> {
					assertThat(httpGet).as("HTTP probe of %s", container.getName()).isNotNull();
					assertThat(httpGet.getPath()).isIn(APPLICATION_ENDPOINTS);
					assertThat(containerPort(container, httpGet.getPort())).isPositive();
				});
		}
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void containersRunAsNonRootOnAReadOnlyRootWithBoundedMemory(String overlay) throws Exception {
		for (V1Deployment deployment : ofType(render(overlay), V1Deployment.class)) {
			V1PodSecurityContext pod = Objects.requireNonNullElse(
					deployment.getSpec().getTemplate().getSpec().getSecurityContext(), new V1PodSecurityContext());
			for (V1Container container : containers(deployment)) {
				V1SecurityContext own = Objects.requireNonNullElse(container.getSecurityContext(),
						new V1SecurityContext());
				assertThat(Objects.requireNonNullElse(own.getRunAsNonRoot(), pod.getRunAsNonRoot()))
					.as("runAsNonRoot of %s", container.getName())
					.isTrue();
				assertThat(Objects.requireNonNullElse(own.getRunAsUser(), pod.getRunAsUser()))
					.as("runAsUser of %s", container.getName())
					.isPositive();
				assertThat(own.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem of %s", container.getName())
					.isTrue();
				assertThat(container.getResources().getRequests()).containsKey("memory");
				assertThat(container.getResources().getLimits()).containsKey("memory");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void imagesCarryAVersionTag(String overlay) throws Exception {
		assertThat(containers(render(overlay))).map(V1Container::getImage).allSatisfy((image) -> {
			String lastSegment = image.substring(image.lastIndexOf('/') + 1);
			assertThat(lastSegment.contains("@") || lastSegment.matches("[^:]+:(?!latest$)[\\w][\\w.-]*"))
				.as("image %s has a version tag or digest", image)
				.isTrue();
		});
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void secretsHoldOnlyKnownDummyValues(String overlay) throws Exception {
		for (V1Secret secret : ofType(render(overlay), V1Secret.class)) {
			assertThat(secret.getStringData()).as("stringData of %s", secret.getMetadata().getName()).isNullOrEmpty();
			assertThat(secret.getData().values()).map((value) -> new String(value, StandardCharsets.UTF_8))
				.allSatisfy((value) -> assertThat(value).isIn(DUMMY_SECRET_VALUES));
		}
	}

	private static List<KubernetesObject> render(String overlay) throws Exception {
		List<KubernetesObject> objects = RENDERED.get(overlay);
		if (objects == null) {
			objects = KubernetesManifests.render(overlay);
			RENDERED.put(overlay, objects);
		}
		return objects;
	}

	private static V1Service assertService(List<KubernetesObject> objects, String name, String type, int port,
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

	private static boolean selects(Map<String, String> selector, V1Deployment deployment) {
		Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
	}

	private static List<V1Container> containers(List<KubernetesObject> objects) {
		return ofType(objects, V1Deployment.class).stream().flatMap((d) -> containers(d).stream()).toList();
	}

	private static List<V1Container> containers(V1Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getContainers();
	}

	/** The container port a Service or probe port names or numbers, or -1 if none. */
	private static int containerPort(V1Container container, IntOrString port) {
		return Objects.requireNonNullElse(container.getPorts(), List.<V1ContainerPort>of())
			.stream()
			.filter((candidate) -> port.isInteger() ? port.getIntValue().equals(candidate.getContainerPort())
					: port.getStrValue().equals(candidate.getName()))
			.mapToInt(V1ContainerPort::getContainerPort)
			.findFirst()
			.orElse(-1);
	}

}
