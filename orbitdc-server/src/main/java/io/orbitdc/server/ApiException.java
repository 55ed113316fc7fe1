package io.orbitdc.server;

/**
 * A request the API refuses, answered as {@code {"error": code, "message": message}} with HTTP
 * status {@code status}. The message is for the person who sent it: it says what was wrong and
 * what is expected, and never carries a stack trace or a server path.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient com.fasterxml.jackson.databind.node.ArrayNode errors;

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    /** A refusal that also lists located errors ({@code errors: [{line, column, field, message, text}]}). */
    ApiException(int status, String code, String message, com.fasterxml.jackson.databind.node.ArrayNode errors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    /** 422 {@code bad-input}: an input the server understood but cannot run, every located error listed. */
    static ApiException badInput(com.fasterxml.jackson.databind.node.ObjectNode failure) {
        return new ApiException(422, "bad-input", failure.path("message").asText(),
                (com.fasterxml.jackson.databind.node.ArrayNode) failure.get("errors"));
    }

    /** The located errors, or null. */
    com.fasterxml.jackson.databind.node.ArrayNode errors() {
        return errors;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad-request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
