package dev.flotilla.deploy;

import java.util.List;
import java.util.stream.Stream;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import org.junit.jupiter.api.Test;

import static dev.flotilla.deploy.KubernetesManifests.assertService;
import static dev.flotilla.deploy.KubernetesManifests.named;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** DataPress (seed 003): the recette namespace holds exactly the seed's objects. */
class DataPressManifestsTests {

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

}
