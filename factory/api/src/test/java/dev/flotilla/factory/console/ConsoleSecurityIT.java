package dev.flotilla.factory.console;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;
import dev.flotilla.factory.user.Accounts;
import dev.flotilla.factory.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's chain: sign-in over a session with CSRF and the platform's throttle,
 * roles on pages and forms, French refusals, and the API's bearer chain left as it was.
 */
@FactoryIT
class ConsoleSecurityIT {

	private static final String PASSWORD = "console-passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void anonymousPagesRedirectToTheFrenchSignInForm() throws Exception {
		MvcResult projects = this.mvc.perform(get("/ui/projects")).andReturn();
		assertThat(projects.getResponse().getStatus()).isEqualTo(302);
		assertThat(projects.getResponse().getRedirectedUrl()).endsWith("/ui/login");
		MvcResult login = this.mvc.perform(get("/ui/login")).andReturn();
		assertThat(login.getResponse().getStatus()).isEqualTo(200);
		assertThat(login.getResponse().getContentAsString()).contains("<html lang=\"fr\"", "Connexion",
				"name=\"_csrf\"");
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		MvcResult result = this.mvc.perform(post("/ui/login").param("username", "admin").param("password", "admin123"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString()).contains("Le formulaire a expiré");
	}

	@Test
	void wrongPasswordGoesBackToTheFormAndRightOneOpensASession() throws Exception {
		String username = developer();
		MvcResult wrong = this.mvc
			.perform(post("/ui/login").with(csrf()).param("username", username).param("password", "wrong-one"))
			.andReturn();
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/ui/login?error");
		assertThat(this.mvc.perform(get("/ui/login").param("error", "")).andReturn().getResponse().getContentAsString())
			.contains("Identifiants invalides");
		MockHttpSession session = signIn(username);
		MvcResult projects = this.mvc.perform(get("/ui/projects").session(session)).andReturn();
		assertThat(projects.getResponse().getStatus()).isEqualTo(200);
		assertThat(projects.getResponse().getContentAsString()).contains("Projets", username)
			.doesNotContain("nav-users");
	}

	@Test
	void failedSignInsAreThrottledLikeTheApiLogin() throws Exception {
		String username = developer();
		String client = "10.77.0." + (System.nanoTime() % 200);
		for (int attempt = 0; attempt < 5; attempt++) {
			MvcResult failed = this.mvc.perform(post("/ui/login").with(csrf()).with((request) -> {
				request.setRemoteAddr(client);
				return request;
			}).param("username", username).param("password", "wrong-" + attempt)).andReturn();
			assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/ui/login?error");
		}
		MvcResult throttled = this.mvc.perform(post("/ui/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		}).param("username", username).param("password", "wrong-again")).andReturn();
		assertThat(throttled.getResponse().getRedirectedUrl()).startsWith("/ui/login?wait=");
		assertThat(throttled.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		// throttled before the password is read: even the right one waits
		MvcResult right = this.mvc.perform(post("/ui/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		}).param("username", username).param("password", PASSWORD)).andReturn();
		assertThat(right.getResponse().getRedirectedUrl()).startsWith("/ui/login?wait=");
		assertThat(this.mvc.perform(get("/ui/login").param("wait", "3")).andReturn().getResponse().getContentAsString())
			.contains("Trop de tentatives échouées : réessayez dans 3 secondes.");
	}

	@Test
	void developerIsRefusedTheUsersPageInFrenchAndAdminSeesIt() throws Exception {
		MockHttpSession developer = signIn(developer());
		MvcResult refused = this.mvc.perform(get("/ui/users").session(developer)).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getContentAsString()).contains("Accès refusé", "Votre rôle ne permet pas");
		MvcResult create = this.mvc
			.perform(post("/ui/users").session(developer)
				.with(csrf())
				.param("username", Api.unique("x"))
				.param("password", PASSWORD)
				.param("role", "admin"))
			.andReturn();
		assertThat(create.getResponse().getStatus()).isEqualTo(403);
		MockHttpSession admin = signIn("admin", "admin123");
		MvcResult users = this.mvc.perform(get("/ui/users").session(admin)).andReturn();
		assertThat(users.getResponse().getStatus()).isEqualTo(200);
		assertThat(users.getResponse().getContentAsString()).contains("Utilisateurs", "id=\"nav-users\"");
	}

	@Test
	void adminPromotesADeveloperWhoSeesTheUsersLinkAtTheNextSignIn() throws Exception {
		MockHttpSession admin = signIn("admin", "admin123");
		String other = developer();
		long otherId = this.accounts.list()
			.stream()
			.filter((user) -> user.username().equals(other))
			.findFirst()
			.orElseThrow()
			.id();
		MvcResult promoted = this.mvc
			.perform(post("/ui/users/" + otherId + "/role").session(admin).with(csrf()).param("role", "admin"))
			.andReturn();
		assertThat(promoted.getFlashMap().get("message"))
			.isEqualTo("Rôle changé en admin (effectif à la prochaine connexion).");
		assertThat(signInPage(other)).contains("id=\"nav-users\"");
	}

	private String signInPage(String username) throws Exception {
		return this.mvc.perform(get("/ui/projects").session(signIn(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void formsWithoutCsrfTokenAreRefusedEvenInASession() throws Exception {
		MockHttpSession session = signIn(developer());
		MockHttpServletRequestBuilder create = post("/ui/projects").session(session)
			.param("name", Api.unique("nocsrf"))
			.param("repo", "https://git.example.org/x");
		MvcResult refused = this.mvc.perform(create).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getContentAsString()).contains("Le formulaire a expiré");
		MvcResult created = this.mvc.perform(create.with(csrf())).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(created.getResponse().getRedirectedUrl()).matches("/ui/projects/\\d+");
	}

	@Test
	void invalidProjectShowsTheApiRulesInFrench() throws Exception {
		MockHttpSession session = signIn(developer());
		MvcResult result = this.mvc
			.perform(post("/ui/projects").session(session).with(csrf()).param("name", " ").param("repo", "not-a-url"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Le nom est obligatoire.",
				"Le dépôt doit être l’URL d’un dépôt", "aria-invalid=\"true\"");
		String name = Api.unique("dup");
		this.mvc.perform(post("/ui/projects").session(session)
			.with(csrf())
			.param("name", name)
			.param("repo", "https://git.example.org/" + name));
		MvcResult duplicate = this.mvc
			.perform(post("/ui/projects").session(session)
				.with(csrf())
				.param("name", name)
				.param("repo", "https://git.example.org/" + name))
			.andReturn();
		assertThat(duplicate.getResponse().getContentAsString()).contains("Un projet avec ce nom existe déjà");
	}

	@Test
	void unknownProjectIsAFrenchNotFoundPage() throws Exception {
		MvcResult result = this.mvc.perform(get("/ui/projects/987654321").session(signIn(developer()))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentAsString()).contains("Le projet n° 987654321 n’existe pas.");
	}

	@Test
	void buildFormsNeedCsrfAndTheLogAndStateAreServedToTheSession() throws Exception {
		MockHttpSession session = signIn(developer());
		String name = Api.unique("uibuild");
		String project = this.mvc
			.perform(post("/ui/projects").session(session)
				.with(csrf())
				.param("name", name)
				.param("repo", "https://git.example.org/" + name))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.mvc.perform(post(project + "/builds").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		MvcResult started = this.mvc.perform(post(project + "/builds").session(session).with(csrf())).andReturn();
		assertThat(started.getResponse().getRedirectedUrl()).isEqualTo(project + "/builds/1");
		MvcResult logs = this.mvc.perform(get(project + "/builds/1/logs").param("offset", "0").session(session))
			.andReturn();
		assertThat(logs.getResponse().getStatus()).isEqualTo(200);
		assertThat(logs.getResponse().getContentAsString()).contains("\"text\":\"Queued", "\"next_offset\"");
		MvcResult state = this.mvc.perform(get(project + "/builds/1/state").session(session)).andReturn();
		assertThat(state.getResponse().getContentAsString()).contains("\"status\":", "\"label\":");
		assertThat(this.mvc.perform(get(project + "/builds/1/logs")).andReturn().getResponse().getStatus())
			.as("anonymous")
			.isEqualTo(302);
		assertThat(this.mvc.perform(get(project + "/builds/9/logs").session(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mvc.perform(get(project + "/builds/1/state").session(session))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("\"final\":true"));
		MvcResult cancelFinished = this.mvc.perform(post(project + "/builds/1/cancel").session(session).with(csrf()))
			.andReturn();
		assertThat(cancelFinished.getFlashMap().get("problem")).isEqualTo("Le build n° 1 est déjà terminé.");
		MvcResult retried = this.mvc.perform(post(project + "/builds/1/retry").session(session).with(csrf()))
			.andReturn();
		assertThat(retried.getResponse().getRedirectedUrl()).isEqualTo(project + "/builds/2");
		assertThat(retried.getFlashMap().get("message")).isEqualTo("Build n° 2 lancé (relance du n° 1).");
	}

	@Test
	void apiChainStillWantsABearerTokenAndIgnoresTheSession() throws Exception {
		MockHttpSession session = signIn("admin", "admin123");
		MvcResult api = this.mvc.perform(get("/projects").session(session)).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(401);
		assertThat(api.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		MockHttpSession session = signIn(developer());
		MvcResult out = this.mvc.perform(post("/ui/logout").session(session).with(csrf())).andReturn();
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/ui/login?logout");
		assertThat(this.mvc.perform(get("/ui/projects").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	private String developer() {
		String username = Api.unique("uidev");
		this.accounts.create(username, PASSWORD, Role.DEVELOPER).orElseThrow();
		return username;
	}

	private MockHttpSession signIn(String username) throws Exception {
		return signIn(username, PASSWORD);
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/ui/login").with(csrf()).param("username", username).param("password", password))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", username).isEqualTo("/ui/projects");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
