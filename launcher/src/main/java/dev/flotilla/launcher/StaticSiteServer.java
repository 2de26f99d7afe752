package dev.flotilla.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A static site served in-process on loopback, with {@code /api/…} proxied to its API the
 * way the site's nginx does in a container.
 */
final class StaticSiteServer implements Running {

	private final SystemSpec spec;

	private final HttpServer server;

	private final ExecutorService executor;

	private final CompletableFuture<Integer> exit = new CompletableFuture<>();

	private StaticSiteServer(SystemSpec spec, HttpServer server, ExecutorService executor) {
		this.spec = spec;
		this.server = server;
		this.executor = executor;
	}

	/** Starts on {@code spec.port()}, or on a free port when that is 0. */
	static StaticSiteServer start(SystemSpec spec, Path directory, int upstreamPort) throws IOException {
		return start(spec, directory, upstreamPort, false);
	}

	/**
	 * Starts on {@code spec.port()}, or on a free port when that is 0; a single-page app
	 * gets its {@code index.html} for every path that is not a file.
	 */
	static StaticSiteServer start(SystemSpec spec, Path directory, int upstreamPort, boolean singlePage)
			throws IOException {
		return start(spec, directory, upstreamPort, singlePage, NginxHeaders.of(null));
	}

	/**
	 * Starts on {@code spec.port()}, or on a free port when that is 0, sending
	 * {@code headers} on every answer (files and proxied API answers alike, as nginx's
	 * {@code add_header … always} does).
	 */
	static StaticSiteServer start(SystemSpec spec, Path directory, int upstreamPort, boolean singlePage,
			NginxHeaders headers) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), spec.port()), 0);
		// The default executor is the single dispatcher thread: one slow API call would
		// stall
		// every file request behind it.
		ExecutorService executor = Executors.newFixedThreadPool(8, (task) -> {
			Thread thread = new Thread(task, spec.name() + "-http");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(executor);
		server.createContext("/", new StaticFiles(directory, singlePage)).getFilters().add(headers);
		server.createContext("/api/", new ApiProxy(URI.create("http://127.0.0.1:" + upstreamPort)))
			.getFilters()
			.add(headers);
		server.start();
		return new StaticSiteServer(spec, server, executor);
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public SystemSpec spec() {
		return this.spec;
	}

	@Override
	public CompletableFuture<Integer> exit() {
		return this.exit;
	}

	@Override
	public Optional<Path> log() {
		return Optional.empty();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		this.exit.complete(0);
	}

}
