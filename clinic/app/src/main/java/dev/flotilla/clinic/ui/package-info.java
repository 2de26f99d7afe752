/**
 * The UI's shared parts: the login page, the home redirect and what every page knows of
 * its user (which actions to show).
 */
package dev.flotilla.clinic.ui;
