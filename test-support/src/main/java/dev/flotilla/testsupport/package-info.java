/**
 * Helpers shared by the test suites of every module: the rule for tests that need a tool
 * from the machine, and a headless Chromium driven by Selenium.
 */
package dev.flotilla.testsupport;
