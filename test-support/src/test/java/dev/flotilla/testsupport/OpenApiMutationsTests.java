package dev.flotilla.testsupport;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.flotilla.testsupport.OpenApiMutations.Mutation;
import dev.flotilla.testsupport.OpenApiMutations.Operation;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMutationsTests {

	private static final String DOCUMENT = """
			{"openapi":"3.1.0","paths":{
			  "/people":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Person"}}}}},
			             "get":{}},
			  "/people/{id}":{"delete":{"parameters":[{"name":"id","in":"path","required":true,
			                  "schema":{"type":"integer","format":"int64","minimum":1}}]}}},
			 "components":{"schemas":{"Person":{"type":"object","required":["name","age"],"properties":{
			  "name":{"type":"string","maxLength":10},"age":{"type":"integer","minimum":0,"maximum":150}}}}}}
			""";

	private final OpenApiMutations generator = OpenApiMutations.of(JsonMapper.builder().build().readTree(DOCUMENT));

	@Test
	void listsOnlyOperationsWithABodyOrParameters() {
		assertThat(this.generator.operations()).extracting(Operation::key)
			.containsExactly("POST /people", "DELETE /people/{id}");
	}

	@Test
	void givesEveryOperationAtLeastSixtyMutations() {
		for (Operation operation : this.generator.operations()) {
			assertThat(this.generator.mutations(operation, Map.of("id", "7"), null)).hasSizeGreaterThanOrEqualTo(60);
		}
	}

	@Test
	void mutatesEachFieldAndTheWholeBody() {
		List<String> names = mutations(0).stream().map(Mutation::name).toList();
		assertThat(names).contains("/name: a number", "/name: null", "/name: missing required", "/name: maxLength+1",
				"/age: max+1", "/age: min-1", "/age: 1e309", "/age: a string", "duplicate key", "10,000 [",
				"multipart without boundary", "no content type", "invalid UTF-8 in a string", "1 MB string");
	}

	@Test
	void breaksTheSchemaExceptWhereTheValueStaysValid() {
		Map<String, Boolean> breaks = new java.util.HashMap<>();
		mutations(0).forEach((mutation) -> breaks.put(mutation.name(), mutation.breaksSchema()));
		assertThat(breaks).containsEntry("/name: emoji", false)
			.containsEntry("/name: NUL", true)
			.containsEntry("/age: -0", false)
			.containsEntry("/age: max+1", true);
	}

	@Test
	void putsBadValuesInThePathPercentEncoded() {
		List<Mutation> mutations = mutations(1);
		assertThat(mutations).extracting(Mutation::path).contains("/people/%C3%28", "/people/1e309", "/people/-0");
		assertThat(mutations).filteredOn((mutation) -> mutation.path().equals("/people/abc"))
			.singleElement()
			.satisfies((mutation) -> assertThat(mutation.breaksSchema()).isTrue());
	}

	@Test
	void isTheSameEveryRun() {
		List<String> first = mutations(0).stream().map(Mutation::describe).toList();
		assertThat(mutations(0).stream().map(Mutation::describe).toList()).isEqualTo(first);
	}

	private List<Mutation> mutations(int operation) {
		return this.generator.mutations(this.generator.operations().get(operation), Map.of("id", "7"), null);
	}

}
