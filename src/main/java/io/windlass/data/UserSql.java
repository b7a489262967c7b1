package io.windlass.data;

import io.windlass.account.DbRole;
import io.windlass.error.LayerRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs user SQL as a role, in a read-only transaction with a statement timeout: the only way user
 * SQL reaches the database.
 */
public final class UserSql {
  private final RolePools pools;
  private final int statementTimeoutMs;

  public UserSql(RolePools pools, int statementTimeoutMs) {
    this.pools = pools;
    this.statementTimeoutMs = statementTimeoutMs;
  }

  /** Work done on a read-only connection; it must not commit. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} as {@code role}; SQL failures become CARTO errors about {@code layer} (which
   * may be null).
   */
  public <T> T run(DbRole role, LayerRef layer, Work<T> work) {
    try (Connection c = pools.connect(role)) {
      try {
        try (Statement s = c.createStatement()) {
          s.execute(
              "SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = " + statementTimeoutMs);
        }
        return work.run(c);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, layer);
    }
  }
}
