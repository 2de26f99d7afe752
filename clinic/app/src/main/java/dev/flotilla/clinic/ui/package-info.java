/**
 * What the HTML pages share: the {@link dev.flotilla.clinic.ui.UiPage} marker, form
 * checks with the API's Bean Validation rules, and French error pages. Depends on no
 * other feature.
 */
package dev.flotilla.clinic.ui;
