package dev.flotilla.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root, found from the working directory (Maven runs tests in
 * {@code deploy/}, an IDE often at the root).
 */
final class Repository {

	private Repository() {
	}

	static Path root() {
		for (Path candidate = Path.of("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
			if (Files.isDirectory(candidate.resolve("deploy/k8s"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No deploy/k8s above " + Path.of("").toAbsolutePath());
	}

	static Path resolve(String relativePath) {
		return root().resolve(relativePath);
	}

}
