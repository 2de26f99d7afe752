package dev.flotilla.clinic.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.flotilla.clinic.ui.UiPage;
import dev.flotilla.platform.error.ApiException;

/**
 * The search page: the same search as {@code /api/search}, with results and paging.
 */
@Controller
@UiPage
class SearchController {

	private final SearchCache search;

	SearchController(SearchCache search) {
		this.search = search;
	}

	@GetMapping("/ui/search")
	String search(@RequestParam MultiValueMap<String, String> params, Model model) {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		model.addAttribute("filters", filters.toSingleValueMap());
		try {
			SearchQuery query = SearchQuery.parse(filters, null);
			SearchResult<?> result = this.search.search(query);
			model.addAttribute("level", query.level());
			model.addAttribute("result", result);
			int previous = Math.max(0, query.offset() - query.limit());
			int next = query.offset() + query.limit();
			model.addAttribute("previousPage", (query.offset() > 0) ? pageLink(previous) : null);
			model.addAttribute("nextPage", (next < result.total()) ? pageLink(next) : null);
			model.addAttribute("exportLink",
					ServletUriComponentsBuilder.fromCurrentRequest()
						.replacePath("/api/search/export")
						.replaceQueryParam("offset")
						.replaceQueryParam("limit")
						.build()
						.toUriString());
		}
		catch (ApiException ex) {
			model.addAttribute("level", "patient");
			model.addAttribute("searchError", ex.getMessage());
		}
		return "search";
	}

	private static String pageLink(int offset) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("offset", offset)
			.build()
			.toUriString();
	}

}
