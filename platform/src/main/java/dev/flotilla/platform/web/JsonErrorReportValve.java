package dev.flotilla.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatusCode;

import dev.flotilla.platform.error.ApiErrors;

/**
 * Replaces Tomcat's HTML error report for the errors Tomcat answers itself, before any
 * servlet runs (a malformed URI such as {@code /a%ZZ}, an encoded {@code ..}): the client
 * gets the platform's JSON error shape there too.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	/** Instantiated by Tomcat's host, by class name. */
	public JsonErrorReportValve() {
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatusCode code = HttpStatusCode.valueOf(status);
		// Code and message come from a fixed table, never from the request: no escaping
		// needed.
		String body = "{\"error\":\"" + ApiErrors.codeFor(code) + "\",\"message\":\"" + ApiErrors.messageFor(code)
				+ "\"}";
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is committed: nothing more to say.
		}
	}

}
