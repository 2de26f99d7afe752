package dev.flotilla.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.flotilla.deploy.KubernetesManifests.containerPort;
import static dev.flotilla.deploy.KubernetesManifests.containers;
import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.ofType;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

class KustomizeOverlaysTests {

	private static final Set<String> APPLICATION_ENDPOINTS = Set.of("/health", "/healthz", "/actuator/health/liveness",
			"/actuator/health/readiness");

	/** Database images, whose probes run the image's own check command. */
	private static final Pattern DATABASE_IMAGE = Pattern.compile("(mariadb|postgres):[\\w.-]+");

	/**
	 * The only values a committed Secret may hold: real ones are supplied out of band.
	 */
	private static final Set<String> DUMMY_SECRET_VALUES = Set.of("recette-dummy-password", "local-dummy-password",
			"local-dummy-user", "local-dummy-jwt-secret-0123456789abcdef",
			"local-dummy-jwt-secret-for-a-local-cluster");

	/** Access modes that let only one node (or one pod) write the volume. */
	private static final Set<String> SINGLE_WRITER_ACCESS_MODES = Set.of("ReadWriteOnce", "ReadWriteOncePod");

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
				.forEach((probe) -> {
					// A database speaks no HTTP: its image's own check command is its
					// probe.
					if (probe.getExec() != null && DATABASE_IMAGE.matcher(container.getImage()).matches()) {
						assertThat(probe.getExec().getCommand()).as("exec probe of %s", container.getName())
							.isNotEmpty();
						return;
					}
					V1HTTPGetAction httpGet = probe.getHttpGet();
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
	void podsDropEveryPrivilegeAndGetNoApiAccess(String overlay) throws Exception {
		for (V1Deployment deployment : ofType(render(overlay), V1Deployment.class)) {
			V1PodSpec pod = deployment.getSpec().getTemplate().getSpec();
			String name = deployment.getMetadata().getName();
			assertThat(pod.getAutomountServiceAccountToken()).as("automountServiceAccountToken of %s", name).isFalse();
			assertThat(pod.getEnableServiceLinks()).as("enableServiceLinks of %s", name).isFalse();
			V1PodSecurityContext podContext = Objects.requireNonNullElse(pod.getSecurityContext(),
					new V1PodSecurityContext());
			for (V1Container container : pod.getContainers()) {
				V1SecurityContext own = Objects.requireNonNullElse(container.getSecurityContext(),
						new V1SecurityContext());
				assertThat(own.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation of %s", container.getName())
					.isFalse();
				assertThat(own.getCapabilities()).as("capabilities of %s", container.getName()).isNotNull();
				assertThat(own.getCapabilities().getDrop()).as("dropped capabilities of %s", container.getName())
					.contains("ALL");
				V1SeccompProfile seccomp = Objects.requireNonNullElse(own.getSeccompProfile(),
						Objects.requireNonNullElse(podContext.getSeccompProfile(), new V1SeccompProfile()));
				assertThat(seccomp.getType()).as("seccomp profile of %s", container.getName())
					.isEqualTo("RuntimeDefault");
			}
		}
	}

	/**
	 * A volume one node (or pod) writes is a single writer: a second replica, or a
	 * rolling update's new pod beside the old one, would either write over the same data
	 * or hang on the volume's attachment.
	 */
	@ParameterizedTest
	@MethodSource("overlays")
	void deploymentsOnASingleWriterVolumeRunOnePodAndRecreateIt(String overlay) throws Exception {
		List<KubernetesObject> objects = render(overlay);
		for (V1Deployment deployment : ofType(objects, V1Deployment.class)) {
			List<V1Volume> volumes = Objects
				.requireNonNullElse(deployment.getSpec().getTemplate().getSpec().getVolumes(), List.of());
			for (V1Volume volume : volumes) {
				if (volume.getPersistentVolumeClaim() == null) {
					continue;
				}
				V1PersistentVolumeClaim claim = named(objects, V1PersistentVolumeClaim.class,
						volume.getPersistentVolumeClaim().getClaimName());
				if (SINGLE_WRITER_ACCESS_MODES.stream().anyMatch(claim.getSpec().getAccessModes()::contains)) {
					String name = deployment.getMetadata().getName();
					assertThat(deployment.getSpec().getReplicas()).as("replicas of %s", name).isEqualTo(1);
					assertThat(deployment.getSpec().getStrategy()).as("strategy of %s", name).isNotNull();
					assertThat(deployment.getSpec().getStrategy().getType()).as("strategy of %s", name)
						.isEqualTo("Recreate");
				}
			}
		}
	}

	@Test
	void nodePortsAreInRangeAndUniqueAcrossOverlays() throws Exception {
		// Distinct across overlays, so that every overlay fits in one local cluster.
		List<String> overlays = overlays().toList();
		Map<Integer, String> owners = new HashMap<>();
		for (String overlay : overlays) {
			for (V1Service service : ofType(render(overlay), V1Service.class)) {
				for (V1ServicePort port : service.getSpec().getPorts()) {
					if (!"NodePort".equals(service.getSpec().getType())) {
						assertThat(port.getNodePort()).isNull();
						continue;
					}
					String owner = overlay + " " + service.getMetadata().getName();
					assertThat(port.getNodePort()).as("nodePort of %s", owner).isBetween(30000, 32767);
					String previous = owners.putIfAbsent(port.getNodePort(), owner);
					assertThat(previous).as("nodePort %d of %s", port.getNodePort(), owner).isNull();
				}
			}
		}
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

	private static boolean selects(Map<String, String> selector, V1Deployment deployment) {
		Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
	}

}
