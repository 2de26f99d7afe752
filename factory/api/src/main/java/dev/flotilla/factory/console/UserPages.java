package dev.flotilla.factory.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.flotilla.factory.user.Accounts;
import dev.flotilla.factory.user.AppUser;
import dev.flotilla.factory.user.Role;

/**
 * User management for admins: the list, a new account, a change of role, deactivation and
 * reactivation.
 */
@Controller
class UserPages {

	private final Accounts accounts;

	UserPages(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/ui/users")
	String users(Model model) {
		model.addAttribute("users", this.accounts.list());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserForm("", "developer"));
			model.addAttribute("errors", Map.of());
		}
		return "console/users";
	}

	@PostMapping("/ui/users")
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String role, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!username.matches("[A-Za-z0-9._-]{3,50}")) {
			errors.put("username", "L’identifiant doit compter 3 à 50 lettres, chiffres, « . », « _ » ou « - ».");
		}
		if (password.length() < 8 || password.length() > 72) {
			// keyed in French: the field's name is never paired with a constant
			errors.put("mot-de-passe", "Le mot de passe doit compter 8 à 72 caractères.");
		}
		Optional<Role> parsed = role(role);
		if (parsed.isEmpty()) {
			errors.put("role", "Le rôle doit être admin ou developer.");
		}
		if (errors.isEmpty()) {
			AppUser user = this.accounts.create(username, password, parsed.get()).orElse(null);
			if (user != null) {
				redirect.addFlashAttribute("message", "Utilisateur « " + user.username() + " » créé.");
				return "redirect:/ui/users";
			}
			errors.put("username", "Cet identifiant est déjà pris.");
		}
		model.addAttribute("form", new UserForm(username, role));
		model.addAttribute("errors", errors);
		return users(model);
	}

	@PostMapping("/ui/users/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam(defaultValue = "") String role,
			RedirectAttributes redirect) {
		Optional<Role> parsed = role(role);
		if (parsed.isEmpty()) {
			redirect.addFlashAttribute("problem", "Le rôle doit être admin ou developer.");
		}
		else {
			switch (this.accounts.changeRole(id, parsed.get())) {
				case CHANGED -> redirect.addFlashAttribute("message",
						"Rôle changé en " + parsed.get().value() + " (effectif à la prochaine connexion).");
				case LAST_ADMIN -> redirect.addFlashAttribute("problem",
						"C’est le seul compte admin : nommez d’abord un autre admin.");
				case NOT_FOUND -> throw new ConsoleModel.NotFound("L’utilisateur n° " + id + " n’existe pas.");
			}
		}
		return "redirect:/ui/users";
	}

	@PostMapping("/ui/users/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		return setActive(id, false, redirect);
	}

	@PostMapping("/ui/users/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		return setActive(id, true, redirect);
	}

	private String setActive(long id, boolean active, RedirectAttributes redirect) {
		switch (this.accounts.setActive(id, active)) {
			case CHANGED ->
				redirect.addFlashAttribute("message", active ? "Compte réactivé : il peut de nouveau se connecter."
						: "Compte désactivé : ses connexions et ses jetons sont refusés.");
			case LAST_ADMIN -> redirect.addFlashAttribute("problem",
					"C’est le dernier compte admin actif : activez ou nommez d’abord un autre admin.");
			case NOT_FOUND -> throw new ConsoleModel.NotFound("L’utilisateur n° " + id + " n’existe pas.");
		}
		return "redirect:/ui/users";
	}

	private static Optional<Role> role(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "admin" -> Optional.of(Role.ADMIN);
			case "developer" -> Optional.of(Role.DEVELOPER);
			default -> Optional.empty();
		};
	}

	/** The creation form as typed (never the password). */
	record UserForm(String username, String role) {
	}

}
