/**
 * Search over patients and studies with the DICOM query conventions: {@code *} and
 * {@code ?} wildcards, case- and accent-insensitive names, {@code YYYYMMDD} dates and
 * ranges, paging with an exact total, and a whitelist of sort keys.
 */
package dev.flotilla.clinic.search;
