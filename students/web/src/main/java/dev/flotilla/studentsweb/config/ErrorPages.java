package dev.flotilla.studentsweb.config;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The French error page a browser gets; everything else still gets the platform's JSON.
 */
final class ErrorPages {

	static final String VIEW = "error";

	private ErrorPages() {
	}

	static ModelAndView render(HttpStatusCode status) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("title", title(status));
		page.addObject("message", message(status));
		return page;
	}

	static String title(HttpStatusCode status) {
		if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return "Page introuvable";
		}
		if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
			return "Formulaire expiré";
		}
		return status.is4xxClientError() ? "Demande invalide" : "Erreur du serveur";
	}

	static String message(HttpStatusCode status) {
		if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return "Cette page n'existe pas.";
		}
		if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
			// Here a 403 only comes from a missing or stale CSRF token (the page has no
			// users).
			return "Le formulaire a expiré ou ne vient pas de cette page : rechargez la page et recommencez.";
		}
		if (status.isSameCodeAs(HttpStatus.METHOD_NOT_ALLOWED)) {
			return "Cette adresse ne s'utilise pas ainsi.";
		}
		return status.is4xxClientError() ? "La demande n'a pas pu être comprise."
				: "Une erreur inattendue s'est produite ; réessayez dans un instant.";
	}

}
