package dev.flotilla.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTests {

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@TempDir
	Path root;

	@Test
	void printsTheUsageForHelp() {
		assertThat(launcher(Map.of()).run("--help")).isZero();
		assertThat(output()).contains("--only", "--timeout", "FLOTILLA_<SYSTEM>_PORT");
	}

	@Test
	void exitsWith2OnAUsageError() {
		assertThat(launcher(Map.of()).run("--only", "nope")).isEqualTo(2);
		assertThat(output()).contains("Unknown system(s) nope", "--help");
	}

	@Test
	void refusesToStartWhenAPortIsInUseNamingThePortAndTheSystem() throws Exception {
		try (ServerSocketChannel busy = ServerSocketChannel.open()) {
			busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = busy.socket().getLocalPort();
			Map<String, String> env = Map.of("FLOTILLA_DATAPRESS_API_PORT", Integer.toString(port));
			assertThat(launcher(env).run("--only", "datapress-api")).isEqualTo(1);
			assertThat(output()).contains("port " + port + " of datapress-api is already in use",
					"FLOTILLA_DATAPRESS_API_PORT");
		}
	}

	@Test
	void refusesToStartWhenABuildOutputIsMissing() {
		Map<String, String> env = Map.of("FLOTILLA_DATAPRESS_API_PORT", Integer.toString(FreePorts.find()));
		assertThat(launcher(env).run("--only", "datapress-api")).isEqualTo(1);
		assertThat(output()).contains("datapress-api: datapress/api/target/datapress-api.jar not found");
	}

	@Test
	void refusesTwoSystemsOnOnePort() {
		String port = Integer.toString(FreePorts.find());
		Map<String, String> env = Map.of("FLOTILLA_DATAPRESS_API_PORT", port, "FLOTILLA_DATAPRESS_WEB_PORT", port);
		assertThat(launcher(env).run()).isEqualTo(1);
		assertThat(output()).contains("both use port " + port);
	}

	@Test
	void findsTheRepositoryRootFromASubdirectory() throws Exception {
		Files.createDirectories(this.root.resolve("launcher"));
		Files.writeString(this.root.resolve("launcher/pom.xml"), "<project/>");
		Path deep = Files.createDirectories(this.root.resolve("datapress/web"));
		assertThat(Launcher.findRoot(deep)).isEqualTo(this.root);
		assertThat(Launcher.findRoot(this.root)).isEqualTo(this.root);
	}

	private Launcher launcher(Map<String, String> env) {
		return new Launcher(this.root, env, new PrintStream(this.output, true, StandardCharsets.UTF_8), false);
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
