package io.windlass.remote;

/**
 * Why a remote resource could not be had.
 *
 * @param status the HTTP status for {@link Kind#STATUS}, else 0
 */
public final class RemoteFailure extends Exception {
  /** The kinds of failure callers treat differently (CARTO: a timeout fails a whole image). */
  public enum Kind {
    NOT_ALLOWED,
    STATUS,
    TIMEOUT,
    NETWORK,
    TOO_LARGE
  }

  private final Kind kind;
  private final int status;

  public RemoteFailure(Kind kind, int status, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }
}
