package dev.flotilla.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static dev.flotilla.deploy.KubernetesManifests.containers;
import static dev.flotilla.deploy.KubernetesManifests.ofType;
import static dev.flotilla.deploy.KubernetesManifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Dockerfile of the Spring Boot images: every Boot service of compose.yaml builds
 * from it with its arguments, each system under a uid of its own, the one its Kubernetes
 * Deployment runs as.
 */
class SpringBootImageTests {

	private static final String DOCKERFILE = "deploy/images/spring-boot/Dockerfile";

	/** Compose service → the module whose jar it packs. */
	private static final Map<String, String> BOOT_SERVICES = Map.of("api", "datapress/api", "students-api",
			"students/api", "website", "students/web", "factory-api", "factory/api", "shop-api", "shop/api", "app",
			"clinic/app");

	/** The images that are not Spring Boot ones: the nginx fronts. */
	private static final Set<String> OTHER_DOCKERFILES = Set.of("datapress/web/Dockerfile", "shop/web/Dockerfile");

	/** Build output, tools' caches and Git's files: no Dockerfile of ours lives there. */
	private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", "dist");

	private static final Pattern ARG = Pattern.compile("(?m)^ARG (\\w+)(=.*)?$");

	private static final Pattern STAGE = Pattern.compile("(?im)^FROM \\S+ AS (\\S+)$");

	private static Map<String, Object> services;

	@BeforeAll
	static void readComposeFile() throws IOException {
		try (Reader reader = Files.newBufferedReader(Repository.resolve("deploy/compose/compose.yaml"),
				StandardCharsets.UTF_8)) {
			Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			services = map(compose.get("services"));
		}
	}

	@Test
	void everyBootServiceBuildsItsModulesJarFromTheOneDockerfile() throws IOException {
		for (Map.Entry<String, String> service : BOOT_SERVICES.entrySet()) {
			Map<String, Object> build = build(service.getKey());
			Path context = Repository.resolve("deploy/compose").resolve(build.get("context").toString()).normalize();
			assertThat(context).as("context of %s", service.getKey()).isEqualTo(Repository.resolve(service.getValue()));
			assertThat(context.resolve(build.get("dockerfile").toString()).normalize())
				.isEqualTo(Repository.resolve(DOCKERFILE));
			String jar = args(service.getKey()).get("JAR");
			String pom = Files.readString(context.resolve("pom.xml"), StandardCharsets.UTF_8);
			assertThat(pom).as("finalName of %s", service.getValue()).contains("<finalName>" + jar.replace(".jar", ""));
			// The context sends the jar alone to the engine.
			assertThat(Files.readAllLines(context.resolve(".dockerignore")))
				.as(".dockerignore of %s", service.getValue())
				.contains("*", "!target/" + jar);
		}
	}

	@Test
	void onlyTheNginxFrontsKeepADockerfileOfTheirOwn() throws IOException {
		List<String> dockerfiles = new ArrayList<>();
		Path root = Repository.root();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
				String name = directory.getFileName().toString();
				boolean skipped = SKIPPED_DIRECTORIES.contains(name) || directory.equals(root.resolve("deploy/images"));
				return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (file.getFileName().toString().equals("Dockerfile")) {
					dockerfiles.add(root.relativize(file).toString().replace('\\', '/'));
				}
				return FileVisitResult.CONTINUE;
			}

		});
		assertThat(dockerfiles).containsExactlyInAnyOrderElementsOf(OTHER_DOCKERFILES);
	}

	@Test
	void everySystemRunsUnderAUidAndUserOfItsOwn() {
		Map<String, String> uids = BOOT_SERVICES.keySet()
			.stream()
			.collect(Collectors.toMap((service) -> service, (service) -> args(service).get("APP_UID")));
		assertThat(uids.values()).allSatisfy((uid) -> assertThat(Integer.parseInt(uid)).isGreaterThanOrEqualTo(10000))
			.doesNotHaveDuplicates();
		assertThat(BOOT_SERVICES.keySet()).map((service) -> args(service).get("APP_USER")).doesNotHaveDuplicates();
	}

	@Test
	void portAndHealthPathAreTheOnesTheServiceIsPublishedAndCheckedOn() {
		for (String service : BOOT_SERVICES.keySet()) {
			Map<String, String> args = args(service);
			Map<String, Object> definition = map(services.get(service));
			assertThat(definition.get("ports").toString()).as("ports of %s", service)
				.endsWith(":" + args.get("PORT") + "]");
			assertThat(map(definition.get("healthcheck")).get("test").toString()).as("health check of %s", service)
				.contains("/dev/tcp/127.0.0.1/" + args.get("PORT"), "GET " + args.get("HEALTH_PATH") + " ");
		}
	}

	@Test
	void theServicesGiveEveryRequiredArgumentAndNoUnknownOne() throws IOException {
		String dockerfile = Files.readString(Repository.resolve(DOCKERFILE), StandardCharsets.UTF_8);
		Map<String, Boolean> declared = new LinkedHashMap<>();
		for (Matcher arg = ARG.matcher(dockerfile); arg.find();) {
			declared.put(arg.group(1), arg.group(2) == null);
		}
		List<String> required = declared.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(required).contains("JAR", "APP_USER", "APP_UID", "PORT", "HEALTH_PATH");
		List<String> stages = STAGE.matcher(dockerfile).results().map((stage) -> stage.group(1)).toList();
		for (String service : BOOT_SERVICES.keySet()) {
			assertThat(args(service)).as("arguments of %s", service)
				.containsKeys(required.toArray(String[]::new))
				.allSatisfy((name, value) -> assertThat(declared).containsKey(name));
			Object target = build(service).get("target");
			if (target != null) {
				assertThat(stages).as("target of %s", service).contains(target.toString());
			}
		}
	}

	@Test
	void kubernetesRunsEveryBootImageAsTheUidItWasBuiltWith() throws Exception {
		Map<String, String> uidByImage = BOOT_SERVICES.keySet()
			.stream()
			.collect(Collectors.toMap((service) -> map(services.get(service)).get("image").toString(),
					(service) -> args(service).get("APP_UID")));
		int checked = 0;
		for (String overlay : List.of("deploy/k8s/overlays/local", "deploy/k8s/overlays/recette")) {
			for (V1Deployment deployment : ofType(render(overlay), V1Deployment.class)) {
				V1PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
				for (V1Container container : containers(deployment)) {
					String uid = uidByImage.get(container.getImage());
					if (uid == null) {
						continue;
					}
					checked++;
					String name = deployment.getMetadata().getName();
					assertThat(pod.getRunAsUser()).as("runAsUser of %s", name).hasToString(uid);
					assertThat(pod.getRunAsGroup()).as("runAsGroup of %s", name).hasToString(uid);
					assertThat(Objects.requireNonNullElse(pod.getFsGroup(), Long.valueOf(uid)))
						.as("fsGroup of %s", name)
						.hasToString(uid);
					assertThat(container.getSecurityContext().getRunAsUser()).as("container runAsUser of %s", name)
						.hasToString(uid);
				}
			}
		}
		// Both overlays together run every Boot image: DataPress twice, the others once.
		assertThat(checked).isEqualTo(BOOT_SERVICES.size() + 1);
	}

	private static Map<String, Object> build(String service) {
		return map(map(services.get(service)).get("build"));
	}

	private static Map<String, String> args(String service) {
		return map(build(service).get("args")).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> String.valueOf(entry.getValue())));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

}
