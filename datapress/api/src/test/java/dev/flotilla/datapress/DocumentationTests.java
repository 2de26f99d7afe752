package dev.flotilla.datapress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French technical documentation under {@code docs/datapress/} points only at files
 * that exist, and quotes the recette manifests' figures as they are.
 */
class DocumentationTests {

	private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

	private static final Path DOCS = ROOT.resolve("docs/datapress");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

	@Test
	void everyRelativeLinkAndImageOfTheDocumentationExists() throws IOException {
		List<Path> pages;
		try (Stream<Path> files = Files.list(DOCS)) {
			pages = files.filter((file) -> file.toString().endsWith(".md")).toList();
		}
		assertThat(pages).extracting((page) -> page.getFileName().toString())
			.contains("README.md", "architecture.md", "configuration.md", "exploitation.md", "ci.md", "choix.md");
		for (Path page : pages) {
			Matcher links = LINK.matcher(Files.readString(page));
			while (links.find()) {
				String target = links.group(1);
				if (!target.startsWith("http")) {
					assertThat(page.getParent().resolve(target).normalize()).as("%s -> %s", page.getFileName(), target)
						.exists();
				}
			}
		}
	}

	@Test
	void configurationQuotesTheManifestsFigures() throws IOException {
		String doc = Files.readString(DOCS.resolve("configuration.md"));
		String api = Files.readString(ROOT.resolve("deploy/k8s/base/datapress/api-deployment.yaml"));
		String front = Files.readString(ROOT.resolve("deploy/k8s/base/datapress/front-deployment.yaml"));
		String overlay = Files.readString(ROOT.resolve("deploy/k8s/overlays/recette/configmap.yaml"));
		assertThat(api).contains("replicas: 2", "cpu: 250m", "memory: 384Mi", "memory: 512Mi", "failureThreshold: 24",
				"maxUnavailable: 0", "maxSurge: 1", "value: 5s", "runAsUser: 10001");
		assertThat(doc).contains("| `api` | 250m | 384Mi | 512Mi |", "24 (deux minutes pour démarrer)",
				"`PLATFORM_SHUTDOWN_DRAIN_DELAY` | `0s` | — | `5s`", "uid/gid 10001");
		assertThat(front).contains("cpu: 50m", "memory: 32Mi", "memory: 64Mi", "runAsUser: 101");
		assertThat(doc).contains("| `front` | 50m | 32Mi | 64Mi |", "uid/gid 101");
		assertThat(overlay).contains("APP_ENV: recette", "BANNER: Environnement de recette – données simulées");
		assertThat(doc).contains("APP_ENV: recette\n  BANNER: Environnement de recette – données simulées");
	}

}
