package dev.flotilla.launcher;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTests {

	@Test
	void aPortListenedOnLoopbackIsInUse() throws Exception {
		try (ServerSocketChannel channel = ServerSocketChannel.open()) {
			channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			assertThat(Ports.isFree(channel.socket().getLocalPort())).isFalse();
		}
	}

	@Test
	void aPortListenedOnEveryAddressIsInUse() throws Exception {
		try (ServerSocketChannel channel = ServerSocketChannel.open()) {
			channel.bind(new InetSocketAddress(0));
			assertThat(Ports.isFree(channel.socket().getLocalPort())).isFalse();
		}
	}

	@Test
	void aPortIsFreeOnceItsListenerIsClosed() throws Exception {
		int port;
		try (ServerSocketChannel channel = ServerSocketChannel.open()) {
			channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			port = channel.socket().getLocalPort();
		}
		assertThat(Ports.isFree(port)).isTrue();
	}

}
