package dev.flotilla.factory.console;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * What every console page shows in its header (who is signed in, whether the users link
 * applies), and the French page for a project or build that does not exist.
 */
@ControllerAdvice(assignableTypes = { ProjectPages.class, BuildPages.class, UserPages.class })
class ConsoleModel {

	@ModelAttribute("username")
	String username(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("isAdmin")
	boolean admin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound notFound, Model model, Authentication authentication) {
		model.addAttribute("username", username(authentication));
		model.addAttribute("isAdmin", admin(authentication));
		model.addAttribute("message", notFound.getMessage());
		return "console/not-found";
	}

	/** A page for something that does not exist, with a French message. */
	static final class NotFound extends RuntimeException {

		NotFound(String message) {
			super(message);
		}

	}

}
