package dev.flotilla.deploy;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Proves that the model check the overlay tests rely on is strict: a check that accepts
 * anything would let every overlay test pass.
 */
class KubernetesManifestsTests {

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: demo
			spec:
			  %s: 2
			  selector:
			    matchLabels: {app: demo}
			  template:
			    metadata:
			      labels: {app: demo}
			    spec:
			      containers:
			        - %s
			""";

	private static final String CONTAINER = "{name: demo, image: 'demo:1.0.0'}";

	@Test
	void readsAValidDeploymentIntoItsModel() throws Exception {
		KubernetesObject object = KubernetesManifests.parse(DEPLOYMENT.formatted("replicas", CONTAINER)).get(0);

		assertThat(object).isInstanceOfSatisfying(V1Deployment.class,
				(deployment) -> assertThat(deployment.getSpec().getReplicas()).isEqualTo(2));
	}

	@Test
	void rejectsUnknownFields() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests.parse(DEPLOYMENT.formatted("replicaz", CONTAINER)))
			.withMessageContaining("replicaz");
	}

	@Test
	void rejectsMissingRequiredFields() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests.parse(DEPLOYMENT.formatted("replicas", "{image: 'demo:1.0.0'}")))
			.withMessageContaining("required field `name`");
	}

	@Test
	void readsAPersistentVolumeClaimStrictly() throws Exception {
		String claim = """
				apiVersion: v1
				kind: PersistentVolumeClaim
				metadata:
				  name: demo
				spec:
				  accessModes: [ReadWriteOnce]
				  %s:
				    requests: {storage: 1Gi}
				""";

		assertThat(KubernetesManifests.parse(claim.formatted("resources")).get(0)).isInstanceOfSatisfying(
				V1PersistentVolumeClaim.class,
				(parsed) -> assertThat(parsed.getSpec().getAccessModes()).containsExactly("ReadWriteOnce"));
		assertThatIllegalArgumentException().isThrownBy(() -> KubernetesManifests.parse(claim.formatted("resourcez")))
			.withMessageContaining("resourcez");
	}

	@Test
	void rejectsKindsWithoutAModel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests.parse("apiVersion: example.com/v1\nkind: Widget\n"))
			.withMessageContaining("Widget");
	}

	@Test
	void rejectsAnApiVersionOtherThanTheModels() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests
				.parse(DEPLOYMENT.formatted("replicas", CONTAINER).replace("apps/v1", "extensions/v1beta1")))
			.withMessageContaining("apps/v1");
	}

}
