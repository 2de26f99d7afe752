package dev.flotilla.shop.config;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A 64 KB socket write buffer instead of Tomcat's 8 KB: the seed's full product list is
 * about 165 KB, which Tomcat copies into that buffer and writes one buffer at a time, so
 * a larger one means 3 writes instead of 21 and measurably less system time per request.
 * The buffer is kept per open connection (on the heap), which is why
 * {@code server.tomcat.max-connections} is lowered to 2,048: at most 144 MB of buffers,
 * what Tomcat's defaults allow anyway (8,192 × 16 KB).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	static final int WRITE_BUFFER_BYTES = 64 * 1024;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> largerSocketWriteBuffer() {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES)));
	}

}
