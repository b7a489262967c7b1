package io.windlass.error;

import java.util.List;

/**
 * A failure that reaches the client as CARTO's error body. The HTTP status is explicit or, as in
 * CARTO, derived from the first message ({@link ErrorStatus}).
 */
public class WindlassException extends RuntimeException {
  private final int status;
  private final List<ErrorDetail> details;

  public WindlassException(int status, List<ErrorDetail> details, Throwable cause) {
    super(details.isEmpty() ? "Unknown error" : details.get(0).message(), cause);
    this.status = status;
    this.details = List.copyOf(details);
  }

  /** An error whose status CARTO derives from its message text. */
  public static WindlassException of(String message) {
    return withDetail(ErrorDetail.of(message), null);
  }

  /** A 400 error whatever its text says. */
  public static WindlassException badRequest(String message) {
    return new WindlassException(400, List.of(ErrorDetail.of(message)), null);
  }

  public static WindlassException withStatus(int status, String message) {
    return new WindlassException(status, List.of(ErrorDetail.of(message)), null);
  }

  /** Applies CARTO's limit rewriting and message-derived status to {@code detail}. */
  public static WindlassException withDetail(ErrorDetail detail, Throwable cause) {
    var limit = ErrorStatus.limitRewrite(detail);
    if (limit != null) return new WindlassException(429, List.of(limit), cause);
    return new WindlassException(ErrorStatus.fromMessage(detail.message()), List.of(detail), cause);
  }

  public int status() {
    return status;
  }

  public List<ErrorDetail> details() {
    return details;
  }
}
