/**
 * What the HTML pages share: the {@link dev.flotilla.clinic.ui.UiPage} marker, form
 * checks with the API's Bean Validation rules, and French error pages. Depends on no
 * other feature.
 */
@ApplicationModule(allowedDependencies = {})
package dev.flotilla.clinic.ui;

import org.springframework.modulith.ApplicationModule;
