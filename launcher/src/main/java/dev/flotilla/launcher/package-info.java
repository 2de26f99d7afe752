/**
 * Starts the Flotilla systems locally in one command, waits until each one is healthy and
 * prints where it runs.
 */
package dev.flotilla.launcher;
