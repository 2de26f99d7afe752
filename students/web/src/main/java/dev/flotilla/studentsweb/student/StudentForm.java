package dev.flotilla.studentsweb.student;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The add/edit form. The rules mirror the API's (students/README.md), so that the page
 * says what is wrong in French before asking the API; names are trimmed on binding.
 *
 * @param name the student's name
 * @param age the student's age
 * @param original in edit mode, the name of the student being edited (a different
 * {@code name} renames it); {@code null} when adding
 */
record StudentForm(@NotBlank(message = "Le nom est obligatoire.") @Size(max = 100,
		message = "Le nom fait au plus 100 caractères.") @Pattern(regexp = "[\\p{L}\\p{M} '’/-]*",
				message = "Le nom ne peut contenir que des lettres, des espaces, des traits d'union, des apostrophes et « / ».") @Nullable String name,
		@NotNull(message = "L'âge est obligatoire.") @Min(value = 1,
				message = "L'âge doit être compris entre 1 et 150.") @Max(value = 150,
						message = "L'âge doit être compris entre 1 et 150.") @Nullable Integer age,
		@Nullable String original) {

	static final StudentForm EMPTY = new StudentForm(null, null, null);

	/** Whether the form edits an existing student (rather than adding one). */
	public boolean editing() {
		return this.original != null;
	}

	boolean renames() {
		return this.original != null && !this.original.equals(this.name);
	}

}
