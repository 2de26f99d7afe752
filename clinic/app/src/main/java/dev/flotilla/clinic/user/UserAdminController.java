package dev.flotilla.clinic.user;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.flotilla.clinic.ui.FormErrors;
import dev.flotilla.clinic.ui.UiPage;
import dev.flotilla.clinic.user.UserRequests.CreateUserRequest;
import dev.flotilla.clinic.user.UserRequests.PasswordRequest;
import dev.flotilla.clinic.user.UserRequests.UpdateUserRequest;

/**
 * The admin's user pages: list, create, change role, activate or deactivate, reset a
 * password.
 */
@Controller
@UiPage
class UserAdminController {

	private final UserService users;

	private final FormErrors formErrors;

	UserAdminController(UserService users, FormErrors formErrors) {
		this.users = users;
		this.formErrors = formErrors;
	}

	@GetMapping("/ui/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.list());
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "admin/users";
	}

	@PostMapping("/ui/admin/users")
	String create(@RequestParam String username, @RequestParam String password, @RequestParam String role, Model model,
			RedirectAttributes redirect) {
		CreateUserRequest request = new CreateUserRequest(username.strip(), password, role);
		Map<String, String> errors = new LinkedHashMap<>(this.formErrors.of(request));
		if (errors.isEmpty() && FormErrors.attempt(errors, () -> this.users.create(request)) != null) {
			redirect.addFlashAttribute("message", "Utilisateur « " + request.username() + " » créé.");
			return "redirect:/ui/admin/users";
		}
		model.addAttribute("errors", errors);
		model.addAttribute("newUsername", username);
		return list(model);
	}

	@PostMapping("/ui/admin/users/{id}")
	String update(@PathVariable long id, @RequestParam String role,
			@RequestParam(defaultValue = "false") boolean enabled, Principal principal, Model model,
			RedirectAttributes redirect) {
		UpdateUserRequest request = new UpdateUserRequest(role, enabled);
		Map<String, String> errors = new LinkedHashMap<>(this.formErrors.of(request));
		if (errors.isEmpty()
				&& FormErrors.attempt(errors, () -> this.users.update(id, request, principal.getName())) != null) {
			redirect.addFlashAttribute("message", "Utilisateur modifié.");
			return "redirect:/ui/admin/users";
		}
		model.addAttribute("errors", errors);
		return list(model);
	}

	@PostMapping("/ui/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		PasswordRequest request = new PasswordRequest(password);
		Map<String, String> errors = new LinkedHashMap<>(this.formErrors.of(request));
		if (errors.isEmpty() && FormErrors.attempt(errors, () -> {
			this.users.resetPassword(id, password);
			return Boolean.TRUE;
		}) != null) {
			redirect.addFlashAttribute("message", "Mot de passe réinitialisé.");
			return "redirect:/ui/admin/users";
		}
		model.addAttribute("errors", errors);
		return list(model);
	}

}
