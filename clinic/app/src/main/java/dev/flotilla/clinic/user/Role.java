package dev.flotilla.clinic.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The three roles of the seed, as rows of the {@code role} table (same ids) and as Spring
 * Security authorities. Each role includes the rights of the ones before it.
 */
public enum Role {

	/** Reads and searches. */
	LECTURE(1),

	/** Also creates, edits and deletes patients and studies. */
	MODIFICATION(2),

	/** Also manages users. */
	ADMIN(3);

	private final int id;

	Role(int id) {
		this.id = id;
	}

	public int id() {
		return this.id;
	}

	/** The name in the {@code role} table and the API: {@code lecture}, .... */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Spring Security authority: {@code ROLE_LECTURE}, .... */
	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> fromCode(String code) {
		return Arrays.stream(values()).filter((role) -> role.code().equals(code)).findFirst();
	}

	static Role fromId(int id) {
		return Arrays.stream(values())
			.filter((role) -> role.id == id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown role id " + id));
	}

	/**
	 * Whether an authenticated caller holds this role or a higher one.
	 * @param authentication the caller, may be {@code null}
	 * @return whether the role is granted
	 */
	public boolean grantedTo(Authentication authentication) {
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			for (Role role : values()) {
				if (role.authority().equals(granted.getAuthority()) && role.ordinal() >= ordinal()) {
					return true;
				}
			}
		}
		return false;
	}

}
