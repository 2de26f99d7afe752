package dev.flotilla.deploy;

import java.net.URI;
import java.nio.file.Files;
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
import io.kubernetes.client.openapi.models.V1ServicePort;
import org.junit.jupiter.api.Test;

import static dev.flotilla.deploy.KubernetesManifests.assertService;
import static dev.flotilla.deploy.KubernetesManifests.containerPort;
import static dev.flotilla.deploy.KubernetesManifests.containers;
import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop (seed 002) in the local overlay: the seed's file, Service and image names, the
 * front's nginx in front of backend-service, the API on its PostgreSQL, secrets from one
 * Secret.
 */
class ShopManifestsTests {

	private static final String LOCAL = "deploy/k8s/overlays/local";

	private static final String SECRET = "shop-secret";

	@Test
	void baseKeepsTheSeedsFileNames() {
		assertThat(Repository.resolve("deploy/k8s/base/shop/backend-deployment.yaml")).isRegularFile();
		assertThat(Repository.resolve("deploy/k8s/base/shop/frontend-deployment.yaml")).isRegularFile();
		assertThat(Files.isRegularFile(Repository.resolve("deploy/k8s/base/shop/kustomization.yaml"))).isTrue();
	}

	@Test
	void localOverlayRendersTheShopObjects() throws Exception {
		assertThat(render(LOCAL)).map((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.contains("Deployment/shop-backend", "Service/backend-service", "Deployment/shop-frontend",
					"Service/frontend-service", "Deployment/shop-db", "Service/shop-db",
					"PersistentVolumeClaim/shop-db-data", "Secret/" + SECRET);
	}

	@Test
	void imagesAreTheSeedsWithAVersionTag() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		assertThat(containers(named(objects, V1Deployment.class, "shop-backend")).get(0).getImage())
			.matches("systemereparti_projet_backend:\\d+\\.\\d+\\.\\d+");
		assertThat(containers(named(objects, V1Deployment.class, "shop-frontend")).get(0).getImage())
			.matches("systemereparti_projet_frontend:\\d+\\.\\d+\\.\\d+");
		assertThat(containers(named(objects, V1Deployment.class, "shop-db")).get(0).getImage())
			.startsWith("postgres:15");
	}

	@Test
	void bothServicesAreNodePortsAndTheFrontProxiesToTheBackendService() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Service backend = service(objects, "backend-service", "shop-backend", "NodePort", 5000, 5000);
		service(objects, "frontend-service", "shop-frontend", "NodePort", 80, 80);
		URI upstream = URI
			.create(env(containers(named(objects, V1Deployment.class, "shop-frontend")).get(0)).get("API_UPSTREAM"));
		assertThat(upstream.getHost()).isEqualTo("backend-service");
		assertThat(upstream.getPort()).isEqualTo(backend.getSpec().getPorts().get(0).getPort());
		assertThat(upstream.getPath()).isEmpty();
	}

	@Test
	void theApiUsesThePostgresServiceAndReadsItsSecretsFromTheSecret() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		V1Container backend = containers(named(objects, V1Deployment.class, "shop-backend")).get(0);
		V1Service database = assertService(objects, "shop-db", "ClusterIP", 5432, 5432);
		assertThat(env(backend)).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://" + database.getMetadata().getName() + ":5432/shop");
		assertThat(secretKeys(backend)).containsEntry("SPRING_DATASOURCE_PASSWORD", "POSTGRES_PASSWORD")
			.containsEntry("JWT_SECRET", "JWT_SECRET")
			.containsEntry("SHOP_ADMIN_PASSWORD", "SHOP_ADMIN_PASSWORD");
		V1Container postgres = containers(named(objects, V1Deployment.class, "shop-db")).get(0);
		assertThat(secretKeys(postgres)).containsEntry("POSTGRES_PASSWORD", "POSTGRES_PASSWORD");
		assertThat(named(objects, V1Secret.class, SECRET).getData()).containsOnlyKeys("POSTGRES_PASSWORD", "JWT_SECRET",
				"SHOP_ADMIN_PASSWORD", "SHOP_USER_PASSWORD");
		// HS256 needs a key of 32 bytes at least, or the API refuses to start.
		assertThat(named(objects, V1Secret.class, SECRET).getData().get("JWT_SECRET")).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void theStatelessTiersRunSeveralPodsAndTheDatabaseOne() throws Exception {
		List<KubernetesObject> objects = render(LOCAL);
		assertThat(named(objects, V1Deployment.class, "shop-backend").getSpec().getReplicas()).isGreaterThan(1);
		assertThat(named(objects, V1Deployment.class, "shop-frontend").getSpec().getReplicas()).isGreaterThan(1);
		assertThat(named(objects, V1Deployment.class, "shop-db").getSpec().getReplicas()).isEqualTo(1);
	}

	/** A Service of the seed's name in front of a Deployment of another name. */
	private static V1Service service(List<KubernetesObject> objects, String name, String deployment, String type,
			int port, int containerPort) {
		V1Service service = named(objects, V1Service.class, name);
		assertThat(service.getSpec().getType()).isEqualTo(type);
		V1ServicePort servicePort = service.getSpec().getPorts().get(0);
		assertThat(servicePort.getPort()).isEqualTo(port);
		V1Deployment target = named(objects, V1Deployment.class, deployment);
		assertThat(target.getSpec().getTemplate().getMetadata().getLabels())
			.containsAllEntriesOf(service.getSpec().getSelector());
		assertThat(containerPort(containers(target).get(0), servicePort.getTargetPort())).isEqualTo(containerPort);
		return service;
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
