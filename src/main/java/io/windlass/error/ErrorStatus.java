package io.windlass.error;

import java.util.regex.Pattern;

/** CARTO's mapping from an error message to an HTTP status, and its rewriting of limit errors. */
public final class ErrorStatus {
  private static final Pattern POSTGIS_COLUMN =
      Pattern.compile("Postgis Plugin.*\\s.*column.*does not exist", Pattern.DOTALL);
  private static final Pattern FUNCTION_MISSING =
      Pattern.compile("function .* does not exist", Pattern.DOTALL);
  private static final Pattern STATEMENT_TIMEOUT =
      Pattern.compile("canceling statement due to statement timeout", Pattern.CASE_INSENSITIVE);

  static final String SQL_TIMEOUT =
      "You are over platform's limits: SQL query timeout error."
          + " Refactor your query before running again.";
  static final String RENDER_TIMEOUT = "You are over platform's limits: Render timeout error.";
  static final String RENDER_CAPACITY =
      "You are over platform's limits: Max render capacity exceeded.";

  private ErrorStatus() {}

  /** The status CARTO gives a message when no code path attached one. */
  public static int fromMessage(String message) {
    if (message == null) return 400;
    if (message.contains("permission denied")) return 403;
    if (message.contains("authentication failed")) return 403;
    if (POSTGIS_COLUMN.matcher(message).find()) return 400;
    if (message.contains("does not exist")) {
      if (message.contains(" role ")) return 403;
      if (FUNCTION_MISSING.matcher(message).find()) return 400;
      return 404;
    }
    return 400;
  }

  /**
   * CARTO's limit errors (SQL statement timeout, render timeout, render capacity) with their fixed
   * messages, or null when {@code detail} is no limit error. "Contact CARTO support" is dropped
   * (see spec README, Wording).
   */
  static ErrorDetail limitRewrite(ErrorDetail detail) {
    String m = detail.message();
    if (STATEMENT_TIMEOUT.matcher(m).find()) {
      return new ErrorDetail("limit", SQL_TIMEOUT, "datasource", detail.layer());
    }
    if (m.equals("Render timed out")) {
      return new ErrorDetail("limit", RENDER_TIMEOUT, "render", detail.layer());
    }
    if (m.equals("max waitingClients count exceeded")) {
      return new ErrorDetail("limit", RENDER_CAPACITY, "render-capacity", detail.layer());
    }
    return null;
  }
}
