package dev.flotilla.shop.config;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import dev.flotilla.shop.ShopIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector writes large bodies through a 64 KB buffer, with the connection cap that
 * bounds what those buffers can take.
 */
class ConnectorIT extends ShopIntegrationTest {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void writesThroughA64KbBufferToAtMost2048Connections() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(64 * 1024));
		assertThat(connector.getProperty("maxConnections")).hasToString("2048");
	}

}
