/**
 * Studies (the DICOM General Study module) of a patient and their JSON API and pages.
 */
package dev.flotilla.clinic.study;
