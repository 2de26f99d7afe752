package dev.flotilla.clinic.user;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.clinic.user.UserRequests.CreateUserRequest;
import dev.flotilla.clinic.user.UserRequests.UpdateUserRequest;
import dev.flotilla.clinic.user.UserRequests.UserResponse;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.NotFoundException;

/**
 * User management for admins: create, change role, deactivate, reset password. An admin
 * cannot demote or deactivate themselves, so there is always an admin left.
 */
@Service
class UserService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final ActiveSessions sessions;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, ActiveSessions sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	List<UserResponse> list() {
		return this.users.findAll().stream().map(UserResponse::of).toList();
	}

	UserResponse get(long id) {
		return UserResponse.of(find(id));
	}

	UserResponse create(CreateUserRequest request) {
		if (this.users.existsIgnoringCase(request.username())) {
			throw duplicate(request.username());
		}
		try {
			long id = this.users.insert(request.username(), this.passwordEncoder.encode(request.password()),
					Role.fromCode(request.role()).orElseThrow());
			this.audit.record(AuditAction.USER_CREATE, null, null, request.username() + " (" + request.role() + ")");
			return get(id);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(request.username());
		}
	}

	UserResponse update(long id, UpdateUserRequest request, String currentUsername) {
		AppUser user = find(id);
		Role role = Role.fromCode(request.role()).orElseThrow();
		if (user.username().equals(currentUsername) && (role != Role.ADMIN || !request.enabled())) {
			throw new ConflictException("own_account",
					"Vous ne pouvez pas retirer le rôle admin à votre propre compte ni le désactiver.");
		}
		this.users.update(id, role, request.enabled());
		this.sessions.endAll(id, user.username());
		this.audit.record(AuditAction.USER_UPDATE, null, null,
				user.username() + ": " + role.code() + (request.enabled() ? "" : ", deactivated"));
		return get(id);
	}

	void resetPassword(long id, String password) {
		AppUser user = find(id);
		this.users.updatePassword(id, this.passwordEncoder.encode(password));
		this.sessions.endAll(id, user.username());
		this.audit.record(AuditAction.USER_PASSWORD_RESET, null, null, user.username());
	}

	private AppUser find(long id) {
		return this.users.findById(id)
			.orElseThrow(() -> new NotFoundException("Aucun utilisateur n'a l'identifiant " + id + "."));
	}

	private static ConflictException duplicate(String username) {
		return new ConflictException("duplicate_username",
				"Le nom d'utilisateur « " + username + " » est déjà pris (sans tenir compte des majuscules).");
	}

}
