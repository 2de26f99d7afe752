package dev.flotilla.platform.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.error.PayloadTooLargeException;

/**
 * Answers the requests the container cannot read with a 4xx JSON error before any other
 * filter or handler trips over them: parameters (query string or form body) that are not
 * valid UTF-8 or that Tomcat refuses, and a multipart body without a boundary. Left to
 * themselves, Tomcat throws on the first {@code getParameter} call, which may be in a
 * security filter or in argument binding, and the request ends in a 500.
 *
 * <p>
 * Parameters are parsed here, once, for every request except multipart ones: an upload is
 * parsed by whoever needs it, after authentication.
 */
class UnreadableRequestFilter extends OncePerRequestFilter {

	static final ApiError INVALID_ENCODING = new ApiError(HttpStatus.BAD_REQUEST, "invalid_encoding",
			"La requête contient des caractères mal encodés : les paramètres doivent être en UTF-8.");

	static final ApiError INVALID_PARAMETERS = new ApiError(HttpStatus.BAD_REQUEST, "invalid_request",
			"Les paramètres de la requête sont illisibles.");

	static final ApiError MULTIPART_WITHOUT_BOUNDARY = new ApiError(HttpStatus.BAD_REQUEST, "malformed_multipart",
			"Corps multipart illisible : le paramètre « boundary » du Content-Type est absent.");

	private final ApiErrors errors;

	UnreadableRequestFilter(ApiErrors errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ApiError error = isMultipart(request) ? multipartError(request) : parameterError(request);
		if (error != null) {
			this.errors.write(response, error);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static @Nullable ApiError multipartError(HttpServletRequest request) {
		if (WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
			// Already split into parts (MockMvc builds them so): no body left to read.
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			return StringUtils.hasText(type.getParameter("boundary")) ? null : MULTIPART_WITHOUT_BOUNDARY;
		}
		catch (InvalidMediaTypeException ex) {
			return MULTIPART_WITHOUT_BOUNDARY;
		}
	}

	private static @Nullable ApiError parameterError(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return null;
		}
		catch (InvalidParameterException ex) {
			if (ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				return PayloadTooLargeException.API_ERROR;
			}
			return (ex.getCause() instanceof CharacterCodingException) ? INVALID_ENCODING : INVALID_PARAMETERS;
		}
	}

}
