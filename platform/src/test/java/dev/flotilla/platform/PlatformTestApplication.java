package dev.flotilla.platform;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import dev.flotilla.platform.error.ErrorPathsController;

/**
 * A minimal application that the platform's tests start with every auto-configuration. It
 * scans nothing, so each test chooses its fixtures.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ErrorPathsController.class)
public class PlatformTestApplication {

}
