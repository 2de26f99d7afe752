/**
 * Studies (the DICOM General Study module) of a patient, their JSON API and the DICOM
 * value rules (UIDs, person names, codes).
 */
package dev.flotilla.clinic.study;
