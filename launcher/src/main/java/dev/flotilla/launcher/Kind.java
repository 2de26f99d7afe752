package dev.flotilla.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a system is started. A new kind (an npm dev server for the shop front, say) is one
 * more record here.
 */
sealed interface Kind {

	/** What is missing under the repository root to start this kind, if anything. */
	Optional<String> missing(Path root);

	Running start(SystemSpec spec, StartContext context) throws IOException;

	/**
	 * A Spring Boot executable jar, run as a child process with {@code SERVER_PORT}; when
	 * it calls another system (a web page calling its API), that system's URL is passed
	 * in {@code upstreamVariable}.
	 */
	record BootJar(Path jar, String upstream, String upstreamVariable) implements Kind {

		BootJar(Path jar) {
			this(jar, null, null);
		}

		@Override
		public Optional<String> missing(Path root) {
			return Files.isRegularFile(root.resolve(this.jar)) ? Optional.empty()
					: Optional.of(this.jar + " not found: build it first with 'mvn -DskipTests package'");
		}

		AotCache aotCache(SystemSpec spec, Path root) {
			return new AotCache(root, spec, this.jar);
		}

		@Override
		public Running start(SystemSpec spec, StartContext context) throws IOException {
			List<String> command = aotCache(spec, context.root()).command()
				.orElseGet(
						() -> List.of(ChildProcess.javaCommand(), "-jar", context.root().resolve(this.jar).toString()));
			Map<String, String> env = new HashMap<>();
			env.put("SERVER_PORT", Integer.toString(spec.port()));
			if (this.upstream != null && this.upstreamVariable != null) {
				env.put(this.upstreamVariable, "http://127.0.0.1:" + context.portOf(this.upstream));
			}
			return ChildProcess.start(spec, command, env, context);
		}

	}

	/**
	 * Static files served in-process, with {@code /api/…} proxied to the named system. A
	 * single-page app ({@code singlePage}) gets its {@code index.html} for any path that
	 * is not a file, so its client-side routes survive a reload. The server-level headers
	 * of {@code nginxConf} (the site's container configuration), when given, are sent
	 * too.
	 */
	record StaticSite(Path directory, String upstream, boolean singlePage, Path nginxConf) implements Kind {

		StaticSite(Path directory, String upstream) {
			this(directory, upstream, false, null);
		}

		StaticSite(Path directory, String upstream, boolean singlePage) {
			this(directory, upstream, singlePage, null);
		}

		@Override
		public Optional<String> missing(Path root) {
			return Files.isRegularFile(root.resolve(this.directory).resolve("index.html")) ? Optional.empty()
					: Optional.of(this.directory.resolve("index.html") + " not found");
		}

		@Override
		public Running start(SystemSpec spec, StartContext context) throws IOException {
			return StaticSiteServer.start(spec, context.root().resolve(this.directory), context.portOf(this.upstream),
					this.singlePage,
					NginxHeaders.of((this.nginxConf != null) ? context.root().resolve(this.nginxConf) : null));
		}

	}

}
