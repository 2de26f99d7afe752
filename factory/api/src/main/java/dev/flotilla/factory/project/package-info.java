/**
 * Projects: a name, a repository, and the status of their latest build; the paging
 * envelope shared by every list.
 */
package dev.flotilla.factory.project;
