package dev.flotilla.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * Ports nobody listens on right now, for tests that need a fixed port number up front.
 */
final class FreePorts {

	private FreePorts() {
	}

	static int find() {
		try (ServerSocketChannel channel = ServerSocketChannel.open()) {
			channel.bind(new InetSocketAddress(0));
			return channel.socket().getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
