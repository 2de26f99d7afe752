package dev.flotilla.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import org.junit.jupiter.api.Test;

import static dev.flotilla.deploy.KubernetesManifests.assertService;
import static dev.flotilla.deploy.KubernetesManifests.containers;
import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Factory (seed 001) in the local overlay: two API replicas on one PostgreSQL, reached
 * with the seed's URL form.
 */
class FactoryManifestsTests {

	private static final String LOCAL = "deploy/k8s/overlays/local";

	@Test
	void localOverlayRendersTheFactoryObjects() throws Exception {
		assertThat(render(LOCAL)).map((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.contains("Deployment/factory-api", "Service/factory-api", "Deployment/factory-db", "Service/factory-db",
					"PersistentVolumeClaim/factory-pgdata", "Secret/factory-secrets");
	}

	@Test
	void apiRunsTwoReplicasThatTellTheirBuildsApartByPodName() throws Exception {
		V1Deployment api = named(render(LOCAL), V1Deployment.class, "factory-api");
		assertThat(api.getSpec().getReplicas()).isEqualTo(2);
		assertThat(api.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntValue()).isZero();
		V1EnvVar node = env(containers(api).get(0)).get("FACTORY_BUILDS_NODE_ID");
		assertThat(node.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
	}

	@Test
	void apiReachesTheDatabaseServiceWithTheSeedsUrlAndSecretPassword() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Service db = assertService(objects, "factory-db", "ClusterIP", 5432, 5432);
		Map<String, V1EnvVar> env = env(containers(named(objects, V1Deployment.class, "factory-api")).get(0));
		assertThat(env.get("DB_URL").getValue()).isEqualTo(
				"postgresql+psycopg2://usine:$(FACTORY_DB_PASSWORD)@" + db.getMetadata().getName() + ":5432/usine");
		assertThat(env.get("FACTORY_DB_PASSWORD").getValueFrom().getSecretKeyRef().getKey())
			.isEqualTo("POSTGRES_PASSWORD");
		assertThat(env.get("JWT_SECRET").getValueFrom().getSecretKeyRef().getName()).isEqualTo("factory-secrets");
		// The API refuses an HS256 key under 32 bytes; the local dummy must start.
		V1Secret secret = named(objects, V1Secret.class, "factory-secrets");
		assertThat(secret.getData().get("JWT_SECRET")).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void apiIsPublishedOnItsNodePort() throws Exception {
		V1Service api = assertService(render(LOCAL), "factory-api", "NodePort", 5000, 5000);
		assertThat(api.getSpec().getPorts().get(0).getNodePort()).isEqualTo(30501);
	}

	private static Map<String, V1EnvVar> env(V1Container container) {
		return Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())
			.stream()
			.collect(Collectors.toMap(V1EnvVar::getName, (variable) -> variable));
	}

}
