package dev.flotilla.platform.error;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail in every way the platform must answer with its JSON error shape.
 */
@RestController
public class ErrorPathsController {

	record Item(@NotBlank @Size(max = 10) String name, @Min(1) int quantity) {
	}

	@PostMapping("/test/items")
	@ResponseStatus(HttpStatus.CREATED)
	Item create(@Valid @RequestBody Item item) {
		return item;
	}

	@GetMapping("/test/items/{id}")
	Item get(@PathVariable long id) {
		if (id == 409) {
			throw new ConflictException("Item 409 already exists");
		}
		throw new NotFoundException("No item " + id);
	}

	@GetMapping("/test/count")
	int count(@RequestParam @Min(1) int n) {
		return n;
	}

	@GetMapping("/test/boom")
	String boom() {
		throw new IllegalStateException("SELECT password FROM users WHERE 1=1");
	}

}
