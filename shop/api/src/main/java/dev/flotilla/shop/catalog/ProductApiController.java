package dev.flotilla.shop.catalog;

import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;

@RestController
@Tag(name = "Catalogue", description = "Products and categories: reading is open, writing is for admins")
class ProductApiController {

	private final ProductRepository products;

	private final CatalogVersion version;

	private final JsonMapper json;

	private final TransactionOperations transactions;

	ProductApiController(ProductRepository products, CatalogVersion version, JsonMapper json,
			TransactionOperations transactions) {
		this.products = products;
		this.version = version;
		this.json = json;
		this.transactions = transactions;
	}

	@GetMapping("/api/produits")
	@Operation(
			summary = "Products: the whole list (the seed's route), or a page when q, categorie, page, taille or tri is given",
			description = "Without parameters: a bare JSON array of every product, with an ETag (304 on If-None-Match). "
					+ "With any parameter: a page envelope. tri is one of nom, -nom, prix, -prix, stock, -stock, id, -id.")
	@ApiResponse(responseCode = "200",
			description = "Without parameters every product (an array, with an ETag); with any, a page (PageProduits)",
			content = @Content(mediaType = "application/json",
					schema = @Schema(oneOf = { ProductResponse[].class, ProductPage.class })))
	@ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match",
			headers = @Header(name = HttpHeaders.ETAG, description = "The catalogue's version",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "A bad page, size, sort or an unknown category")
	ResponseEntity<?> list(
			@Parameter(description = "Words every product found holds (name, description; accents and case ignored)",
					example = "clavier") @RequestParam(required = false) String q,
			@Parameter(description = "A category code",
					example = "claviers") @RequestParam(required = false) String categorie,
			@Parameter(description = "The page, from 1", example = "1") @RequestParam(required = false) Integer page,
			@Parameter(description = "The page size", example = "20") @RequestParam(required = false) Integer taille,
			@Parameter(description = "nom, -nom, prix, -prix, stock, -stock, id or -id",
					example = "prix") @RequestParam(required = false) String tri,
			@Parameter(description = "The ETag of a list already held") @RequestHeader(name = HttpHeaders.IF_NONE_MATCH,
					required = false) String ifNoneMatch) {
		if (q != null || categorie != null || page != null || taille != null || tri != null) {
			CatalogQuery query = CatalogQuery.of(q, categorie, page, taille, tri);
			byte[] body = this.version.page(this.version.current(), query, () -> {
				// Checked on a miss only: categories change with migrations, not at run
				// time, and an error is never kept.
				if (query.categorie() != null && !this.products.categoryExists(query.categorie())) {
					throw new InvalidRequestException("invalid_category",
							"Unknown category '" + query.categorie() + "'");
				}
				return this.json.writeValueAsBytes(this.products.search(query));
			});
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
		}
		long current = this.version.current();
		String etag = "\"produits-" + current + "\"";
		CacheControl revalidate = CacheControl.noCache();
		if (ETags.matches(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(revalidate).build();
		}
		byte[] body = this.version.body(current, () -> this.json.writeValueAsBytes(this.products.findAll()));
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(revalidate)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	@GetMapping("/api/produits/{id}")
	@Operation(summary = "One product")
	@ApiResponse(responseCode = "200", description = "The product")
	@ApiResponse(responseCode = "404", description = "No such product")
	ProductResponse product(@Parameter(description = "The product's id", example = "1") @PathVariable long id) {
		return this.products.findById(id).orElseThrow(() -> notFound(id));
	}

	@GetMapping("/api/categories")
	@Operation(summary = "The categories, with their product counts")
	@ApiResponse(responseCode = "200", description = "Every category")
	List<CategoryResponse> categories() {
		return this.products.categories();
	}

	@PostMapping("/api/produits")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a product (admin)",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "A missing or bad field, or an unknown category")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	ProductResponse create(@Valid @RequestBody ProductRequest request) {
		requireCategory(request.categorie());
		long id = write(() -> this.products.create(request));
		return this.products.findById(id).orElseThrow(() -> notFound(id));
	}

	@PutMapping("/api/produits/{id}")
	@Operation(summary = "Replace a product (admin)",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	@ApiResponse(responseCode = "200", description = "Replaced")
	@ApiResponse(responseCode = "400", description = "A missing or bad field, or an unknown category")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	@ApiResponse(responseCode = "404", description = "No such product")
	ProductResponse update(@Parameter(description = "The product's id", example = "1") @PathVariable long id,
			@Valid @RequestBody ProductRequest request) {
		requireCategory(request.categorie());
		write(() -> found(id, this.products.update(id, request)));
		return this.products.findById(id).orElseThrow(() -> notFound(id));
	}

	@PutMapping("/api/produits/{id}/stock")
	@Operation(summary = "Set a product's stock (admin)",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	@ApiResponse(responseCode = "200", description = "The product with its new stock")
	@ApiResponse(responseCode = "400", description = "A missing or negative stock")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	@ApiResponse(responseCode = "404", description = "No such product")
	ProductResponse setStock(@Parameter(description = "The product's id", example = "1") @PathVariable long id,
			@Valid @RequestBody StockRequest request) {
		write(() -> found(id, this.products.setStock(id, request.stock())));
		return this.products.findById(id).orElseThrow(() -> notFound(id));
	}

	@DeleteMapping("/api/produits/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a product (admin); orders already placed keep their lines",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	@ApiResponse(responseCode = "404", description = "No such product")
	void delete(@Parameter(description = "The product's id", example = "1") @PathVariable long id) {
		write(() -> found(id, this.products.delete(id)));
	}

	/** A product write and the version bump, committed together or not at all. */
	private <T> T write(Supplier<T> change) {
		return this.transactions.execute((status) -> {
			T result = change.get();
			this.version.bump();
			return result;
		});
	}

	/** Thrown inside the transaction, so a write that found nothing bumps nothing. */
	private static boolean found(long id, boolean changed) {
		if (!changed) {
			throw notFound(id);
		}
		return true;
	}

	private void requireCategory(String code) {
		if (!this.products.categoryExists(code)) {
			throw new InvalidRequestException("invalid_category", "Unknown category '" + code + "'");
		}
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("Product " + id + " not found");
	}

}
