package dev.flotilla.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * Whether a local port can still be listened on.
 */
final class Ports {

	private Ports() {
	}

	/**
	 * Binds the wildcard address, as the systems do: that fails when anything listens on
	 * the port on any local address.
	 */
	static boolean isFree(int port) {
		try (ServerSocketChannel channel = ServerSocketChannel.open()) {
			// A port whose last connection is in TIME_WAIT is usable by the systems,
			// which all
			// set SO_REUSEADDR; without it here, a restart right after a stop would be
			// refused.
			channel.socket().setReuseAddress(true);
			channel.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
