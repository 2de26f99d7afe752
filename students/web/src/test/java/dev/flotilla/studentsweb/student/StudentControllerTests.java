package dev.flotilla.studentsweb.student;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.flotilla.studentsweb.student.StudentsApiException.Problem;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = { StudentController.class, SignInController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "dev\\.flotilla\\.studentsweb\\.config\\.SecurityConfiguration",
						"dev\\.flotilla\\.studentsweb\\.student\\.SignInFailureHandler",
						"dev\\.flotilla\\.studentsweb\\.student\\.StudentsApiSignIn" }))
class StudentControllerTests {

	static final ApiCredentials EDITOR = ApiCredentials.signedIn("root", "root");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StudentsApiClient api;

	@Test
	void homeShowsTheSeedPageWithoutCallingTheApi() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Student Checking App</title>"),
					containsString(">List Student</button>"), not(containsString("id=\"student-lines\"")))));
		then(this.api).shouldHaveNoInteractions();
	}

	@Test
	void listPrintsTheSeedLinesOnceEscaped() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("bob", "13"), new Student("Zoé d'Arc", "14"),
				new Student("<script>alert(1)</script>", "20")));
		this.mvc.perform(get("/students"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This is the list of the student with age"),
					containsString(">- bob is 13 years old</span>"),
					containsString(">" + html("- Zoé d'Arc is 14 years old") + "</span>"),
					containsString(html("<script>alert(1)</script>")), not(containsString("<script>")),
					not(containsString("<table")))));
	}

	@Test
	void anonymousListHasNoWriteFormAndNoToken() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12")));
		this.mvc.perform(get("/students"))
			.andExpect(content().string(allOf(not(containsString("_csrf")), not(containsString("method=\"post\"")),
					not(containsString("Supprimer")), containsString("href=\"/login\""))));
	}

	@Test
	void signedInListOffersEditAndDeleteAndEveryPostFormCarriesAToken() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12")));
		this.mvc.perform(get("/students").with(signedIn()))
			.andExpect(content().string(allOf(containsString("<input type=\"hidden\" name=\"_csrf\""),
					containsString("href=\"/students/delete?name=alice\""), containsString("Se déconnecter"),
					containsString("Ajouter un étudiant"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/students", "/students/delete", "/logout" })
	void postWithoutCsrfTokenIsForbidden(String path) throws Exception {
		this.mvc.perform(post(path).with(signedIn()).param("name", "alice").param("age", "12"))
			.andExpect(status().isForbidden());
		then(this.api).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/students", "/students/delete" })
	void anonymousWriteIsSentToTheSignInPage(String path) throws Exception {
		this.mvc.perform(post(path).with(csrf()).param("name", "alice").param("age", "12"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		then(this.api).shouldHaveNoInteractions();
	}

	@Test
	void anonymousDeleteConfirmationIsSentToTheSignInPage() throws Exception {
		this.mvc.perform(get("/students/delete").param("name", "alice")).andExpect(redirectedUrl("/login"));
		then(this.api).shouldHaveNoInteractions();
	}

	@Test
	void answersCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void apiDownShowsAMessageNotAnError() throws Exception {
		given(this.api.list()).willThrow(new StudentsApiException(Problem.UNREACHABLE, StudentsApiClient.UNREACHABLE));
		this.mvc.perform(get("/students"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(html(StudentsApiClient.UNREACHABLE)),
					containsString("role=\"alert\""), containsString(">List Student</button>"))));
	}

	@Test
	void saveTrimsTheNameThenRedirectsWithAFlashMessage() throws Exception {
		given(this.api.save(EDITOR, "Zoé", 14)).willReturn(true);
		this.mvc.perform(post("/students").with(signedIn()).with(csrf()).param("name", "  Zoé ").param("age", "14"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("notice", "Zoé a été ajouté(e) : 14 ans."));
	}

	@Test
	void invalidFormIsShownAgainWithTheReasonsAndNothingIsSent() throws Exception {
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(signedIn()).with(csrf()).param("name", "R2D2").param("age", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\""),
					containsString(html("L'âge doit être compris entre 1 et 150.")),
					containsString("value=\"R2D2\""))));
		then(this.api).should(never()).save(any(), anyString(), anyInt());
	}

	@Test
	void nonNumericAgeSaysSoInFrench() throws Exception {
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(signedIn()).with(csrf()).param("name", "Zoé").param("age", "douze"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(html("L'âge doit être un nombre entier entre 1 et 150."))));
	}

	@Test
	void blankNameIsRequired() throws Exception {
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(signedIn()).with(csrf()).param("name", "   ").param("age", "12"))
			.andExpect(content().string(containsString("Le nom est obligatoire.")));
	}

	@Test
	void apiRejectionIsShownNextToTheForm() throws Exception {
		given(this.api.save(EDITOR, "Zoé", 14)).willThrow(
				new StudentsApiException(Problem.REJECTED, "L'API a refusé la demande : ce nom ne convient pas."));
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(signedIn()).with(csrf()).param("name", "Zoé").param("age", "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"form-error\""),
					containsString(html("L'API a refusé la demande : ce nom ne convient pas.")))));
	}

	@Test
	void refusedCredentialsOnSaveAreShownWithoutAskingTheApiAgain() throws Exception {
		given(this.api.save(EDITOR, "Zoé", 14))
			.willThrow(new StudentsApiException(Problem.REFUSED_CREDENTIALS, StudentsApiClient.SIGNED_IN_REFUSED));
		this.mvc.perform(post("/students").with(signedIn()).with(csrf()).param("name", "Zoé").param("age", "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(html(StudentsApiClient.SIGNED_IN_REFUSED))));
		then(this.api).should(never()).list();
	}

	@Test
	void editModeNamesTheStudentWithSaveAndCancel() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12")));
		this.mvc.perform(get("/students").with(signedIn()).param("edit", "alice"))
			.andExpect(content().string(allOf(containsString(">Modifier alice</h2>"), containsString("value=\"alice\""),
					containsString("value=\"12\""), containsString("name=\"original\""),
					containsString(">Enregistrer</button>"), containsString("id=\"cancel-edit\""),
					containsString("<li aria-current=\"true\" class=\"editing\">"))));
	}

	@Test
	void editOfAnUnknownStudentSaysSoAndOffersTheAddForm() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12")));
		this.mvc.perform(get("/students").with(signedIn()).param("edit", "nobody"))
			.andExpect(content().string(allOf(containsString(html("« nobody » n'existe pas (ou plus) dans l'API.")),
					containsString(">Ajouter un étudiant</h2>"), not(containsString("name=\"original\"")))));
	}

	@Test
	void changingTheNameInEditModeRenames() throws Exception {
		this.mvc
			.perform(post("/students").with(signedIn())
				.with(csrf())
				.param("original", "alice")
				.param("name", "Alicia")
				.param("age", "13"))
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("notice", "alice a été renommé(e) en Alicia : 13 ans."));
		then(this.api).should().rename(EDITOR, "alice", "Alicia", 13);
		then(this.api).should(never()).save(any(), anyString(), anyInt());
	}

	@Test
	void keepingTheNameInEditModeUpdates() throws Exception {
		this.mvc
			.perform(post("/students").with(signedIn())
				.with(csrf())
				.param("original", "alice")
				.param("name", "alice")
				.param("age", "13"))
			.andExpect(flash().attribute("notice", "alice a été modifié(e) : 13 ans."));
		then(this.api).should().save(EDITOR, "alice", 13);
	}

	@Test
	void renameToATakenNameStaysInEditModeWithTheReason() throws Exception {
		willThrow(new StudentsApiException(Problem.CONFLICT,
				"Un étudiant s'appelle déjà « bob » : choisissez un autre nom."))
			.given(this.api)
			.rename(EDITOR, "alice", "bob", 12);
		given(this.api.list()).willReturn(List.of(new Student("bob", "13"), new Student("alice", "12")));
		this.mvc
			.perform(post("/students").with(signedIn())
				.with(csrf())
				.param("original", "alice")
				.param("name", "bob")
				.param("age", "12"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"name-error\""), containsString(">Modifier alice</h2>"),
							containsString(html("Un étudiant s'appelle déjà « bob »")))));
	}

	@Test
	void deleteAsksFirstNamingTheStudent() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("AC/DC", "20")));
		this.mvc.perform(get("/students/delete").with(signedIn()).param("name", "AC/DC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Supprimer AC/DC ?</h1>"),
					containsString(">Supprimer AC/DC</button>"), containsString("id=\"cancel-delete\""))));
		then(this.api).should(never()).delete(any(), anyString());
	}

	@Test
	void confirmingTheDeleteDeletesAndRedirectsWithAFlashMessage() throws Exception {
		this.mvc.perform(post("/students/delete").with(signedIn()).with(csrf()).param("name", "AC/DC"))
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("notice", "AC/DC a été supprimé(e)."));
		then(this.api).should().delete(EDITOR, "AC/DC");
	}

	@Test
	void deleteWhileTheApiIsDownRedirectsWithTheReason() throws Exception {
		willThrow(new StudentsApiException(Problem.UNREACHABLE, StudentsApiClient.UNREACHABLE)).given(this.api)
			.delete(EDITOR, "alice");
		this.mvc.perform(post("/students/delete").with(signedIn()).with(csrf()).param("name", "alice"))
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("failure", StudentsApiClient.UNREACHABLE));
	}

	@Test
	void signInPageIsFrenchAndSaysWhyASignInFailed() throws Exception {
		this.mvc.perform(get("/login").param("erreur", "identifiants"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Se connecter</h1>"),
					containsString(html(SignInController.WRONG)), containsString("name=\"_csrf\""))));
	}

	@Test
	void refusedSignInGoesBackToTheSignInPage() throws Exception {
		willThrow(new StudentsApiException(Problem.REFUSED_CREDENTIALS, StudentsApiClient.REFUSED)).given(this.api)
			.verify(any());
		this.mvc.perform(post("/login").with(csrf()).param("username", "root").param("password", "wrong"))
			.andExpect(redirectedUrl("/login?erreur=identifiants"));
	}

	@Test
	void signInWhileTheApiIsDownSaysSo() throws Exception {
		willThrow(new StudentsApiException(Problem.UNREACHABLE, StudentsApiClient.UNREACHABLE)).given(this.api)
			.verify(any());
		this.mvc.perform(post("/login").with(csrf()).param("username", "root").param("password", "root"))
			.andExpect(redirectedUrl("/login?erreur=api-injoignable"));
	}

	@Test
	void acceptedSignInGoesToTheList() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).param("username", "root").param("password", "root"))
			.andExpect(redirectedUrl("/students"));
		then(this.api).should().verify(EDITOR);
	}

	private static RequestPostProcessor signedIn() {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(EDITOR, null,
				List.of(new SimpleGrantedAuthority(StudentsApiSignIn.EDITOR))));
	}

	/** Thymeleaf's escaping of text: markup characters only, UTF-8 kept as is. */
	static String html(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
