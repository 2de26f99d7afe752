package dev.flotilla.clinic.user;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.flotilla.clinic.ui.UiPage;

/**
 * The login form ({@code POST /login} is Spring Security's) and the UI's entry point.
 */
@Controller
@UiPage
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/ui")
	String home() {
		return "redirect:/ui/search";
	}

}
