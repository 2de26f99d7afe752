package dev.flotilla.studentsweb.student;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST (see the config package); a
 * failure comes back here with its reason in {@code erreur}, never in a session, so that
 * a refused sign-in creates none.
 */
@Controller
class SignInController {

	static final String VIEW = "signin";

	static final String WRONG = "Nom d'utilisateur ou mot de passe incorrect.";

	@GetMapping("/login")
	String signIn(@RequestParam(name = SignInFailureHandler.REASON, required = false) @Nullable String reason,
			Model model) {
		if (reason != null) {
			model.addAttribute("failure", switch (reason) {
				case SignInFailureHandler.API_DOWN -> StudentsApiClient.UNREACHABLE;
				case SignInFailureHandler.THROTTLED -> StudentsApiClient.THROTTLED;
				case SignInFailureHandler.API_FAILED ->
					"L'API a répondu de façon inattendue : réessayez dans un instant.";
				default -> WRONG;
			});
		}
		return VIEW;
	}

}
