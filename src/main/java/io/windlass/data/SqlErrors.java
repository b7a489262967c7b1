package io.windlass.data;

import io.windlass.error.ErrorDetail;
import io.windlass.error.LayerRef;
import io.windlass.error.WindlassException;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PSQLException;

/**
 * Turns PostgreSQL failures of user SQL into CARTO's errors: the same texts, so that the same
 * statuses follow (403 permission, 404 missing relation, 429 statement timeout, 400 the rest).
 */
public final class SqlErrors {
  private static final String UNDEFINED_TABLE = "42P01";
  private static final String SYNTAX_ERROR = "42601";
  private static final String CONNECTION_CLASS = "08";

  private SqlErrors() {}

  /** The error for a failure of a layer's query; {@code layer} may be null. */
  public static WindlassException translate(SQLException e, LayerRef layer) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith(CONNECTION_CLASS) || isConnectFailure(e)) {
      return new WindlassException(
          500, List.of(ErrorDetail.of("cannot connect to the database")), e);
    }
    String message = serverMessage(e);
    // Mapnik reports most datasource failures with this prefix and CARTO's status rules key on
    // it; relation and syntax errors reach CARTO's clients from plain queries, without it.
    boolean plain = state.equals(UNDEFINED_TABLE) || state.equals(SYNTAX_ERROR);
    String text = plain || layer == null ? message : "Postgis Plugin: ERROR:  " + message;
    var detail = layer == null ? ErrorDetail.of(text) : ErrorDetail.ofLayer(text, layer);
    return WindlassException.withDetail(detail, e);
  }

  private static String serverMessage(SQLException e) {
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      String m = p.getServerErrorMessage().getMessage();
      if (m != null) return m;
    }
    String m = e.getMessage();
    return m != null && m.startsWith("ERROR: ") ? m.substring(7) : m;
  }

  private static boolean isConnectFailure(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException) return true;
      if (t.getClass().getName().endsWith("SQLTransientConnectionException")) return true;
    }
    return false;
  }
}
