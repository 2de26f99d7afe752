/**
 * DICOM's rules that patients, studies and the search share: the value representations
 * the API validates, new UIDs, and person names in their folded, searchable form. Depends
 * on no other feature.
 */
@ApplicationModule(allowedDependencies = {})
package dev.flotilla.clinic.dicom;

import org.springframework.modulith.ApplicationModule;
