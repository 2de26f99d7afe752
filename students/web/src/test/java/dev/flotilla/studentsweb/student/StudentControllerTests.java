package dev.flotilla.studentsweb.student;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.flotilla.studentsweb.student.StudentsApiException.Problem;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = StudentController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "dev\\.flotilla\\.studentsweb\\.config\\.SecurityConfiguration"))
class StudentControllerTests {

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
	void listShowsTheSeedLinesAndTheTableEscaped() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12"), new Student("Zoé d'Arc", "14"),
				new Student("<script>alert(1)</script>", "20")));
		this.mvc.perform(get("/students"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li>- alice are 12 years old</li>"),
					containsString("<li>" + html("- Zoé d'Arc are 14 years old") + "</li>"),
					containsString("<th scope=\"row\" class=\"name\">alice</th>"),
					containsString(html("<script>alert(1)</script>")), not(containsString("<script>")))));
	}

	@Test
	void everyPostFormCarriesACsrfToken() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12")));
		this.mvc.perform(get("/students"))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/students", "/students/delete" })
	void postWithoutCsrfTokenIsForbidden(String path) throws Exception {
		this.mvc.perform(post(path).param("name", "alice").param("age", "12")).andExpect(status().isForbidden());
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
		given(this.api.save("Zoé", 14)).willReturn(true);
		this.mvc.perform(post("/students").with(csrf()).param("name", "  Zoé ").param("age", "14"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("notice", "Zoé a été ajouté(e) : 14 ans."));
	}

	@Test
	void invalidFormIsShownAgainWithTheReasonsAndNothingIsSent() throws Exception {
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(csrf()).param("name", "R2D2").param("age", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\""),
					containsString(html("L'âge doit être compris entre 1 et 150.")),
					containsString("value=\"R2D2\""))));
		then(this.api).should(org.mockito.Mockito.never()).save(anyString(), anyInt());
	}

	@Test
	void nonNumericAgeSaysSoInFrench() throws Exception {
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(csrf()).param("name", "Zoé").param("age", "douze"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(html("L'âge doit être un nombre entier entre 1 et 150."))));
	}

	@Test
	void blankNameIsRequired() throws Exception {
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(csrf()).param("name", "   ").param("age", "12"))
			.andExpect(content().string(containsString("Le nom est obligatoire.")));
	}

	@Test
	void apiRejectionIsShownNextToTheForm() throws Exception {
		given(this.api.save("Zoé", 14))
			.willThrow(new StudentsApiException(Problem.REJECTED, "L'API a refusé la demande : name is invalid"));
		given(this.api.list()).willReturn(List.of());
		this.mvc.perform(post("/students").with(csrf()).param("name", "Zoé").param("age", "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"form-error\""),
					containsString(html("L'API a refusé la demande : name is invalid")))));
	}

	@Test
	void refusedCredentialsOnSaveAreShownWithoutAskingTheApiAgain() throws Exception {
		given(this.api.save("Zoé", 14))
			.willThrow(new StudentsApiException(Problem.REFUSED_CREDENTIALS, StudentsApiClient.REFUSED));
		this.mvc.perform(post("/students").with(csrf()).param("name", "Zoé").param("age", "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(html(StudentsApiClient.REFUSED))));
		then(this.api).should(org.mockito.Mockito.never()).list();
	}

	@Test
	void deleteRedirectsWithAFlashMessage() throws Exception {
		this.mvc.perform(post("/students/delete").with(csrf()).param("name", "AC/DC"))
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("notice", "AC/DC a été supprimé(e)."));
		then(this.api).should().delete("AC/DC");
	}

	@Test
	void deleteWhileTheApiIsDownRedirectsWithTheReason() throws Exception {
		willThrow(new StudentsApiException(Problem.UNREACHABLE, StudentsApiClient.UNREACHABLE)).given(this.api)
			.delete("alice");
		this.mvc.perform(post("/students/delete").with(csrf()).param("name", "alice"))
			.andExpect(redirectedUrl("/students"))
			.andExpect(flash().attribute("failure", StudentsApiClient.UNREACHABLE));
	}

	@Test
	void editPrefillsTheForm() throws Exception {
		given(this.api.list()).willReturn(List.of(new Student("alice", "12")));
		this.mvc.perform(get("/students").param("edit", "alice"))
			.andExpect(content().string(allOf(containsString("value=\"alice\""), containsString("value=\"12\""))));
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
