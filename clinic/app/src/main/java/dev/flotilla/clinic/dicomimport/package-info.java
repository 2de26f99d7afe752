/**
 * Import of DICOM Part-10 files: a small header reader of our own (explicit and implicit
 * VR little endian) and the import of its patient and study attributes.
 */
package dev.flotilla.clinic.dicomimport;
