/**
 * Builds run like a CI server's: queued, claimed by one worker across replicas, running
 * with a progressive log, then success, failed or cancelled; recovered after a crash.
 */
package dev.flotilla.factory.build;
