package dev.flotilla.clinic.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a login's user and role from the {@code user} table; a deactivated user is
 * disabled and cannot log in. The principal remembers the user's id and session version
 * for {@link ActiveSessions}. Not a bean: the throttled provider is the only way in.
 */
class ClinicUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	ClinicUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		UserDetails details = User.withUsername(user.username())
			.password(user.passwordHash())
			.authorities(user.role().authority())
			.disabled(!user.enabled())
			.build();
		return new SessionUser(details, user.id(), user.sessionVersion());
	}

}
