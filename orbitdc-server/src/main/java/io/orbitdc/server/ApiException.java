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

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
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
