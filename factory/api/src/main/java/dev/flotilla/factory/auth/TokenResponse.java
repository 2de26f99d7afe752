package dev.flotilla.factory.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seed's login answer ({@code access_token}, {@code token_type}), plus the access
 * token's lifetime and a refresh token, as OAuth 2 token responses carry them.
 */
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn, @JsonProperty("refresh_token") String refreshToken) {
}
