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
              // Placeholder escaping (quotes doubled) is only sound with standard strings.
              "SET TRANSACTION READ ONLY; SET LOCAL standard_conforming_strings = on;"
                  + " SET LOCAL statement_timeout = "
                  + statementTimeoutMs);
        }
        T result = work.run(c);
        c.rollback();
        return result;
      } catch (SQLException | RuntimeException e) {
        // The pool closes connections after some errors (SQLSTATE 0A000, 08...): a failing
        // rollback must not hide the error that explains the failure.
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, layer);
    }
  }
}
