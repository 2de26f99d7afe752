/**
 * Checks of the deployment files (Compose, Kustomize) against the tools and models that
 * consume them.
 */
package dev.flotilla.deploy;
