package dev.flotilla.clinic.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data ({@link DemoDataGenerator}, which exists only once
 * {@code clinic.demo.patients} is set).
 *
 * @param patients how many patients to generate into an empty database
 * ({@code CLINIC_DEMO_PATIENTS})
 */
@ConfigurationProperties("clinic.demo")
record DemoProperties(int patients) {
}
