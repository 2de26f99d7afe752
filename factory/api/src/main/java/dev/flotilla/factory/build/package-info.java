/**
 * Builds run like a CI server's: queued, claimed by one worker across replicas, running
 * with a progressive log, then success, fail or cancelled; recovered after a crash. The
 * seed's one-shot build is recorded final at once.
 */
package dev.flotilla.factory.build;
