package dev.flotilla.clinic.user;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.flotilla.clinic.ui.UiPage;

/**
 * What every page knows of its user, so that it only shows the actions the server would
 * allow (the server checks them again on every call).
 */
@ControllerAdvice(annotations = UiPage.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	String currentUser(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("canWrite")
	boolean canWrite(Authentication authentication) {
		return Role.MODIFICATION.grantedTo(authentication);
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(Authentication authentication) {
		return Role.ADMIN.grantedTo(authentication);
	}

}
