package dev.flotilla.deploy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import org.junit.jupiter.api.Test;

import static dev.flotilla.deploy.KubernetesManifests.assertService;
import static dev.flotilla.deploy.KubernetesManifests.containers;
import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Students (seed 000) in the local overlay: one API pod on its data volume, the web page
 * in front of it, both on the credentials of one Secret.
 */
class StudentsManifestsTests {

	private static final String LOCAL = "deploy/k8s/overlays/local";

	private static final String SECRET = "students-credentials";

	@Test
	void localOverlayRendersTheStudentsObjects() throws Exception {
		assertThat(render(LOCAL)).map((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.contains("PersistentVolumeClaim/students-data", "Deployment/students-api", "Service/students-api",
					"Deployment/students-website", "Service/students-website", "Secret/" + SECRET);
	}

	@Test
	void apiIsOnePodWritingItsFileOnAReadWriteOnceVolumeAtData() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1PersistentVolumeClaim claim = named(objects, V1PersistentVolumeClaim.class, "students-data");
		assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
		assertThat(claim.getSpec().getResources().getRequests()).containsEntry("storage", Quantity.fromString("1Gi"));
		V1Deployment api = named(objects, V1Deployment.class, "students-api");
		assertThat(api.getSpec().getReplicas()).isEqualTo(1);
		assertThat(api.getSpec().getStrategy().getType()).isEqualTo("Recreate");
		V1PodSpec pod = api.getSpec().getTemplate().getSpec();
		V1Volume data = pod.getVolumes()
			.stream()
			.filter((volume) -> volume.getPersistentVolumeClaim() != null)
			.findFirst()
			.orElseThrow();
		assertThat(data.getPersistentVolumeClaim().getClaimName()).isEqualTo("students-data");
		V1Container container = containers(api).get(0);
		assertThat(container.getVolumeMounts()).filteredOn((mount) -> mount.getName().equals(data.getName()))
			.singleElement()
			.extracting(V1VolumeMount::getMountPath)
			.isEqualTo("/data");
		assertThat(env(container)).containsEntry("STUDENT_AGE_FILE", "/data/student_age.json");
		// The image's user and group: a fresh volume is given to the group so it can
		// write.
		assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10002);
		assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(10002);
	}

	@Test
	void apiAndPageReadOneCredentialPairFromTheSecret() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		assertThat(named(objects, V1Secret.class, SECRET).getData()).containsOnlyKeys("STUDENTS_USERNAME",
				"STUDENTS_PASSWORD");
		assertThat(secretKeys(containers(named(objects, V1Deployment.class, "students-api")).get(0)))
			.containsEntry("STUDENTS_USERNAME", "STUDENTS_USERNAME")
			.containsEntry("STUDENTS_PASSWORD", "STUDENTS_PASSWORD");
		// The page gets the seed's variable names, filled from the API's own keys.
		assertThat(secretKeys(containers(named(objects, V1Deployment.class, "students-website")).get(0)))
			.containsEntry("USERNAME", "STUDENTS_USERNAME")
			.containsEntry("PASSWORD", "STUDENTS_PASSWORD");
	}

	@Test
	void probesUseTheActuatorGroups() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		for (String name : List.of("students-api", "students-website")) {
			V1Container container = containers(named(objects, V1Deployment.class, name)).get(0);
			assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
			assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
		}
	}

	@Test
	void pageReachesTheApiServiceAndIsPublishedOnItsNodePort() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Service api = assertService(objects, "students-api", "ClusterIP", 5000, 5000);
		V1Deployment website = named(objects, V1Deployment.class, "students-website");
		URI apiUrl = URI.create(env(containers(website).get(0)).get("API_URL"));
		assertThat(apiUrl.getHost()).isEqualTo(api.getMetadata().getName());
		assertThat(apiUrl.getPort()).isEqualTo(api.getSpec().getPorts().get(0).getPort());
		assertThat(website.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()).isEqualTo(10003);
		V1Service page = assertService(objects, "students-website", "NodePort", 5080, 5080);
		assertThat(page.getSpec().getPorts().get(0).getNodePort()).isEqualTo(30500);
		// The forms' CSRF token lives in one pod's session: with several pods, stick to
		// one.
		assertThat(website.getSpec().getReplicas()).isGreaterThan(1);
		assertThat(page.getSpec().getSessionAffinity()).isEqualTo("ClientIP");
	}

	private static Map<String, String> env(V1Container container) {
		return Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(V1EnvVar::getName, V1EnvVar::getValue));
	}

	/** Each variable read from the Secret, with the Secret key it reads. */
	private static Map<String, String> secretKeys(V1Container container) {
		return Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())
			.stream()
			.filter((variable) -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
			.filter((variable) -> SECRET.equals(variable.getValueFrom().getSecretKeyRef().getName()))
			.collect(Collectors.toMap(V1EnvVar::getName,
					(variable) -> variable.getValueFrom().getSecretKeyRef().getKey()));
	}

	private static String path(V1Probe probe) {
		assertThat(probe).isNotNull();
		return probe.getHttpGet().getPath();
	}

}
