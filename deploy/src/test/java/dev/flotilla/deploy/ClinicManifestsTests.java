package dev.flotilla.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import org.junit.jupiter.api.Test;

import static dev.flotilla.deploy.KubernetesManifests.assertService;
import static dev.flotilla.deploy.KubernetesManifests.containers;
import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinic (seed 004) in the local overlay: the app on MariaDB, one database pod on its
 * data volume, both on the credentials of one Secret.
 */
class ClinicManifestsTests {

	private static final String LOCAL = "deploy/k8s/overlays/local";

	private static final String SECRET = "clinic-credentials";

	@Test
	void localOverlayRendersTheClinicObjects() throws Exception {
		assertThat(render(LOCAL)).map((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.contains("ConfigMap/clinic-config", "PersistentVolumeClaim/clinic-mariadb-data", "Deployment/clinic-db",
					"Service/clinic-db", "Deployment/clinic-app", "Service/clinic-app", "Secret/" + SECRET);
	}

	@Test
	void databaseIsOneMariaDbPodOnItsVolume() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Deployment db = named(objects, V1Deployment.class, "clinic-db");
		assertThat(db.getSpec().getReplicas()).isEqualTo(1);
		assertThat(db.getSpec().getStrategy().getType()).isEqualTo("Recreate");
		V1Container mariadb = containers(db).get(0);
		assertThat(mariadb.getImage()).startsWith("mariadb:10.");
		assertThat(mariadb.getVolumeMounts()).extracting(V1VolumeMount::getMountPath).contains("/var/lib/mysql");
		V1PodSpec pod = db.getSpec().getTemplate().getSpec();
		assertThat(pod.getVolumes()).anySatisfy((volume) -> assertThat(volume.getPersistentVolumeClaim()).isNotNull()
			.satisfies((claim) -> assertThat(claim.getClaimName()).isEqualTo("clinic-mariadb-data")));
		assertThat(named(objects, V1PersistentVolumeClaim.class, "clinic-mariadb-data").getSpec().getAccessModes())
			.containsExactly("ReadWriteOnce");
		assertThat(secretKeys(mariadb)).containsEntry("MYSQL_USER", "MYSQL_USER")
			.containsEntry("MYSQL_PASSWORD", "MYSQL_PASSWORD")
			.containsEntry("MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD");
		assertService(objects, "clinic-db", "ClusterIP", 3306, 3306);
	}

	@Test
	void appConnectsAsTheDatabasesUserUnderTheProductionGuard() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Container app = containers(named(objects, V1Deployment.class, "clinic-app")).get(0);
		assertThat(secretKeys(app)).containsEntry("SPRING_DATASOURCE_USERNAME", "MYSQL_USER")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "MYSQL_PASSWORD")
			.containsEntry("CLINIC_ADMIN_PASSWORD", "CLINIC_ADMIN_PASSWORD");
		assertThat(env(app)).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
		assertThat(named(objects, V1Secret.class, SECRET).getData()).containsOnlyKeys("MYSQL_USER", "MYSQL_PASSWORD",
				"MYSQL_ROOT_PASSWORD", "CLINIC_ADMIN_PASSWORD");
		assertThat(named(objects, V1ConfigMap.class, "clinic-config").getData()).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:mariadb://clinic-db:3306/clinic");
	}

	@Test
	void appIsPublishedOnItsNodePortWithoutSessionAffinity() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Service app = assertService(objects, "clinic-app", "NodePort", 5000, 5000);
		assertThat(app.getSpec().getPorts().get(0).getNodePort()).isEqualTo(30504);
		assertThat(app.getSpec().getSessionAffinity()).as("sessions are in the database").isIn(null, "None");
		V1Container container = containers(named(objects, V1Deployment.class, "clinic-app")).get(0);
		assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
	}

	@Test
	void appIsProbedOnTheManagementPortThatTheServiceDoesNotPublish() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Container container = containers(named(objects, V1Deployment.class, "clinic-app")).get(0);
		assertThat(container.getPorts()).anySatisfy((port) -> {
			assertThat(port.getName()).isEqualTo("management");
			assertThat(port.getContainerPort()).isEqualTo(9090);
		});
		for (V1Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(),
				container.getLivenessProbe())) {
			assertThat(probe.getHttpGet().getPort().getStrValue()).isEqualTo("management");
			assertThat(probe.getHttpGet().getPath()).startsWith("/actuator/health/");
		}
		V1Service service = named(objects, V1Service.class, "clinic-app");
		assertThat(service.getSpec().getPorts())
			.noneSatisfy((port) -> assertThat(port.getTargetPort().toString()).isIn("management", "9090"));
	}

	private static Map<String, String> env(V1Container container) {
		return Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(V1EnvVar::getName, V1EnvVar::getValue));
	}

	private static Map<String, String> secretKeys(V1Container container) {
		return Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())
			.stream()
			.filter((variable) -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
			.filter((variable) -> SECRET.equals(variable.getValueFrom().getSecretKeyRef().getName()))
			.collect(Collectors.toMap(V1EnvVar::getName,
					(variable) -> variable.getValueFrom().getSecretKeyRef().getKey()));
	}

}
