package dev.flotilla.clinic.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * QIDO-RS study queries answered in the DICOM JSON model.
 */
class DicomWebIT extends ClinicIntegrationTest {

	@Test
	void answersMatchingStudiesInTheDicomJsonModel() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-1", "patientName", "Réseau^Zoé", "patientBirthDate",
				"1980-05-06", "patientSex", "F"));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.7", "studyDate", "2023-07-08",
				"studyTime", "09:10:11", "accessionNumber", "QACC1", "modalitiesInStudy", List.of("CT", "SR"),
				"numberOfStudyRelatedSeries", 3));
		createStudy(Map.of("patient", patient, "studyDate", "2019-01-01", "modalitiesInStudy", List.of("MR")));

		MockHttpServletResponse response = this.mvc.perform(get(
				"/dicomweb/studies?PatientName=zoe&fuzzymatching=true&PatientID=QIDO-1&StudyDate=20230101-&includefield=all")
			.header("Accept", "application/dicom+json")
			.with(lecture())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/dicom+json");
		assertThat(response.getHeader("X-Total-Count")).isEqualTo("1");
		JsonNode study = this.json.readTree(response.getContentAsString()).get(0);
		assertThat(study.get("0020000D").get("vr").asString()).isEqualTo("UI");
		assertThat(study.get("0020000D").get("Value").get(0).asString()).isEqualTo("1.2.250.1.59.7");
		assertThat(study.get("00080020").get("Value").get(0).asString()).isEqualTo("20230708");
		assertThat(study.get("00080030").get("Value").get(0).asString()).isEqualTo("091011");
		assertThat(study.get("00080061").get("Value").toString()).isEqualTo("[\"CT\",\"SR\"]");
		assertThat(study.get("00100010").get("Value").get(0).get("Alphabetic").asString()).isEqualTo("Réseau^Zoé");
		assertThat(study.get("00100030").get("Value").get(0).asString()).isEqualTo("19800506");
		assertThat(study.get("00201206").get("Value").get(0).asInt()).isEqualTo(3);
		assertThat(study.get("00081030").has("Value")).isFalse();
	}

	@Test
	void modalitiesInStudyAndPagingFilterTheStudies() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-2", "patientName", "Paging^Paul"));
		for (int i = 1; i <= 3; i++) {
			createStudy(Map.of("patient", patient, "studyDate", "2020-01-0" + i, "modalitiesInStudy", List.of("US")));
		}
		MockHttpServletResponse response = this.mvc
			.perform(get("/dicomweb/studies?00100020=QIDO-2&ModalitiesInStudy=US&limit=2&offset=2").with(lecture()))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("X-Total-Count")).isEqualTo("3");
		JsonNode studies = this.json.readTree(response.getContentAsString());
		assertThat(studies).hasSize(1);
		assertThat(studies.get(0).get("00080020").get("Value").get(0).asString()).isEqualTo("20200101");
	}

	@Test
	void studyInstanceUidMatchesOneUidAListOrRepeatedKeys() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-UID", "patientName", "Uid^Ulysse"));
		for (int i = 1; i <= 3; i++) {
			createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.300." + i));
		}
		assertThat(uids("StudyInstanceUID=1.2.250.1.59.300.2")).containsExactly("1.2.250.1.59.300.2");
		assertThat(uids("0020000D=1.2.250.1.59.300.3")).containsExactly("1.2.250.1.59.300.3");
		assertThat(uids("StudyInstanceUID=1.2.250.1.59.300.1,1.2.250.1.59.300.3"))
			.containsExactlyInAnyOrder("1.2.250.1.59.300.1", "1.2.250.1.59.300.3");
		assertThat(uids("StudyInstanceUID=1.2.250.1.59.300.1&StudyInstanceUID=1.2.250.1.59.300.2"))
			.containsExactlyInAnyOrder("1.2.250.1.59.300.1", "1.2.250.1.59.300.2");
		assertThat(uids("StudyInstanceUID=1.2.250.1.59.300.9")).isEmpty();
		assertThat(status("StudyInstanceUID=1.2.250.1.59.300.*")).isEqualTo(400);
	}

	@Test
	void everyStudyKeyNarrowsTheStudies() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-KEYS", "patientName", "Clé^Karine", "patientSex", "F",
				"patientBirthDate", "1971-03-04"));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.400.1", "studyDate", "2021-02-03",
				"studyTime", "08:30:00", "accessionNumber", "KACC-1", "studyId", "KS1", "referringPhysicianName",
				"Médecin^Marc", "studyDescription", "Thorax", "modalitiesInStudy", List.of("CT", "SR")));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.400.2", "studyDate", "2022-05-06",
				"studyTime", "14:45:10", "accessionNumber", "KACC-2", "studyId", "KS2", "referringPhysicianName",
				"Autre^Anne", "modalitiesInStudy", List.of("MR")));
		String both = "PatientID=QIDO-KEYS&";
		assertThat(uids(both + "AccessionNumber=KACC-2")).containsExactly("1.2.250.1.59.400.2");
		assertThat(uids(both + "00080050=KACC-?")).hasSize(2);
		assertThat(uids(both + "StudyID=KS1")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "00200010=K*2")).containsExactly("1.2.250.1.59.400.2");
		assertThat(uids(both + "ReferringPhysicianName=Médecin^Marc")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "00080090=Autre*")).containsExactly("1.2.250.1.59.400.2");
		assertThat(uids(both + "ModalitiesInStudy=SR")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "00080061=MR")).containsExactly("1.2.250.1.59.400.2");
		assertThat(uids(both + "StudyDate=20210203")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "StudyDate=20220101-")).containsExactly("1.2.250.1.59.400.2");
		assertThat(uids(both + "00080020=-20211231")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "StudyDate=20200101-20221231")).hasSize(2);
		assertThat(uids(both + "StudyTime=0830")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "StudyTime=12-")).containsExactly("1.2.250.1.59.400.2");
		assertThat(uids(both + "00080030=-0900")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "StudyTime=080000-150000")).hasSize(2);
		assertThat(uids(both + "StudyDescription=Thor*")).containsExactly("1.2.250.1.59.400.1");
		assertThat(uids(both + "PatientSex=F")).hasSize(2);
		assertThat(uids(both + "PatientSex=M")).isEmpty();
		assertThat(uids(both + "PatientBirthDate=19710304")).hasSize(2);
		assertThat(uids("00100020=QIDO-K?YS")).hasSize(2);
		assertThat(uids("PatientID=QIDO-KEY")).isEmpty();
	}

	@Test
	void personNamesMatchLiterallyUnlessFuzzyMatchingIsAsked() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-PN", "patientName", "Quéval^Héloïse"));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.500.1", "referringPhysicianName",
				"Doc^Eve"));
		assertThat(uids("PatientName=Quéval^Héloïse")).containsExactly("1.2.250.1.59.500.1");
		assertThat(uids("00100010=Qué*")).containsExactly("1.2.250.1.59.500.1");
		assertThat(uids("PatientName=queval^heloise")).isEmpty();
		assertThat(uids("PatientName=Quéval")).isEmpty();
		assertThat(uids("PatientName=queval^heloise&fuzzymatching=true")).containsExactly("1.2.250.1.59.500.1");
		assertThat(uids("PatientName=HELOISE&fuzzymatching=true")).containsExactly("1.2.250.1.59.500.1");
		assertThat(uids("PatientName=quev*&fuzzymatching=true")).containsExactly("1.2.250.1.59.500.1");
		assertThat(uids("PatientID=QIDO-PN&ReferringPhysicianName=doc^eve")).isEmpty();
		assertThat(uids("PatientID=QIDO-PN&ReferringPhysicianName=doc^eve&fuzzymatching=true"))
			.containsExactly("1.2.250.1.59.500.1");
	}

	@Test
	void includefieldAddsAttributesAndRefusesUnknownOnes() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-INC", "patientName", "Inclus^Ines"));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.600.1", "studyDescription", "Crâne",
				"patientAge", "042Y", "patientWeight", 61.5));
		JsonNode plain = studies("PatientID=QIDO-INC").get(0);
		assertThat(plain.has("00081030")).isFalse();
		assertThat(plain.has("00101010")).isFalse();
		assertThat(plain.has("0020000D")).isTrue();
		JsonNode some = studies("PatientID=QIDO-INC&includefield=StudyDescription,00101010").get(0);
		assertThat(some.get("00081030").get("Value").get(0).asString()).isEqualTo("Crâne");
		assertThat(some.get("00101010").get("Value").get(0).asString()).isEqualTo("042Y");
		assertThat(some.has("00101030")).isFalse();
		JsonNode repeated = studies("PatientID=QIDO-INC&includefield=00081030&includefield=PatientWeight").get(0);
		assertThat(repeated.get("00101030").get("Value").get(0).asDouble()).isEqualTo(61.5);
		assertThat(repeated.has("00081030")).isTrue();
		JsonNode all = studies("PatientID=QIDO-INC&includefield=all").get(0);
		assertThat(all.properties()).hasSize(QidoAttribute.values().length);
		MockHttpServletResponse unknown = query("PatientID=QIDO-INC&includefield=SeriesDescription");
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentAsString()).contains("SeriesDescription");
	}

	@Test
	void unknownKeysAndRepeatedSingleValuedKeysAre400InFrench() throws Exception {
		MockHttpServletResponse unknown = query("PatientNom=DUPONT");
		assertThat(unknown.getStatus()).isEqualTo(400);
		JsonNode error = this.json.readTree(unknown.getContentAsString());
		assertThat(error.get("error").asString()).isEqualTo("unknown_parameter");
		assertThat(error.get("message").asString()).contains("PatientNom").contains("inconnue");
		assertThat(status("00100011=X")).isEqualTo(400);
		MockHttpServletResponse repeated = query("PatientID=A&00100020=B");
		assertThat(repeated.getStatus()).isEqualTo(400);
		assertThat(repeated.getContentAsString()).contains("PatientID").contains("plusieurs fois");
		assertThat(status("limit=1&limit=2")).isEqualTo(400);
		assertThat(status("limit=0")).isEqualTo(400);
		assertThat(status("offset=-1")).isEqualTo(400);
		assertThat(status("fuzzymatching=yes")).isEqualTo(400);
		assertThat(status("StudyDate=2021")).isEqualTo(400);
		assertThat(status("StudyTime=25")).isEqualTo(400);
		assertThat(status("StudyTime=12-10")).isEqualTo(400);
		assertThat(status("ModalitiesInStudy=C*")).isEqualTo(400);
		assertThat(this.mvc.perform(get("/dicomweb/studies").param("PatientID", "A\\B").with(lecture()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void aLimitAboveTheMaximumIsCappedAndATruncatedPageSaysSo() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-WARN", "patientName", "Page^Pierre"));
		createStudy(Map.of("patient", patient, "studyDate", "2020-02-01"));
		createStudy(Map.of("patient", patient, "studyDate", "2020-02-02"));
		MockHttpServletResponse first = query("PatientID=QIDO-WARN&limit=1");
		assertThat(first.getHeader("Warning")).startsWith("299 ");
		assertThat(this.json.readTree(first.getContentAsString()).get(0).get("00080020").get("Value").get(0).asString())
			.isEqualTo("20200202");
		assertThat(query("PatientID=QIDO-WARN&limit=1&offset=1").getHeader("Warning")).isNull();
		MockHttpServletResponse capped = query("PatientID=QIDO-WARN&limit=100000");
		assertThat(capped.getStatus()).isEqualTo(200);
		assertThat(this.json.readTree(capped.getContentAsString())).hasSize(2);
	}

	@Test
	void seriesAndInstancesOfAKnownStudyAreEmptyAndOfAnUnknownStudy404() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-SER", "patientName", "Serie^Sam"));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.700.1"));
		for (String path : List.of("/dicomweb/studies/1.2.250.1.59.700.1/series",
				"/dicomweb/studies/1.2.250.1.59.700.1/instances", "/dicomweb/series", "/dicomweb/instances",
				"/dicomweb/series?Modality=CT&PatientID=QIDO-SER&includefield=SeriesDescription,StudyDescription")) {
			MockHttpServletResponse response = this.mvc.perform(get(path).with(admin())).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("application/dicom+json");
			assertThat(response.getContentAsString()).isEqualTo("[]");
		}
		for (String path : List.of("/dicomweb/studies/1.2.250.1.59.700.9/series",
				"/dicomweb/studies/1.2.250.1.59.700.9/instances",
				"/dicomweb/studies/1.2.250.1.59.700.1/series/1.2.3/instances")) {
			MockHttpServletResponse response = this.mvc.perform(get(path).with(admin())).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentType()).startsWith("application/json");
		}
		assertThat(this.mvc.perform(get("/dicomweb/series?Modalite=CT").with(admin()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(this.mvc.perform(get("/dicomweb/studies/1.2.x/series").with(admin()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	private MockHttpServletResponse query(String query) throws Exception {
		return this.mvc.perform(get("/dicomweb/studies?" + query).with(lecture())).andReturn().getResponse();
	}

	private int status(String query) throws Exception {
		return query(query).getStatus();
	}

	private JsonNode studies(String query) throws Exception {
		MockHttpServletResponse response = query(query);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return this.json.readTree(response.getContentAsString());
	}

	private List<String> uids(String query) throws Exception {
		List<String> uids = new ArrayList<>();
		studies(query).forEach((study) -> uids.add(study.get("0020000D").get("Value").get(0).asString()));
		return uids;
	}

}
