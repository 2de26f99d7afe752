package dev.flotilla.factory.console;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; its POST is Spring Security's form login. */
@Controller
class LoginPage {

	@GetMapping(ConsoleSecurityConfiguration.LOGIN)
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String wait, @RequestParam(required = false) String disabled,
			Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken) && error == null
				&& disabled == null) {
			return "redirect:/ui/projects";
		}
		if (wait != null) {
			model.addAttribute("problem", "Trop de tentatives échouées : réessayez dans " + seconds(wait) + ".");
		}
		else if (disabled != null) {
			model.addAttribute("problem", "Ce compte a été désactivé : demandez à un administrateur de le réactiver.");
		}
		else if (error != null) {
			model.addAttribute("problem", "Identifiants invalides");
		}
		else if (logout != null) {
			model.addAttribute("message", "Vous êtes déconnecté.");
		}
		return "console/login";
	}

	private static String seconds(String wait) {
		try {
			long seconds = Long.parseLong(wait);
			return seconds + ((seconds < 2) ? " seconde" : " secondes");
		}
		catch (NumberFormatException ex) {
			return "quelques secondes";
		}
	}

}
