/**
 * Patients (the DICOM Patient module) and their JSON API.
 */
package dev.flotilla.clinic.patient;
