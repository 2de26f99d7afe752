/**
 * The demo data generator: a realistic volume of French patients and their studies for
 * demonstrations and the benchmark ({@code clinic.demo.patients}).
 */
package dev.flotilla.clinic.demo;
