package io.windlass.data;

import io.windlass.account.DbRole;
import io.windlass.error.LayerRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs user SQL as a role, in a read-only transaction with a statement timeout: the only way user
 * SQL reaches the database. Work gets a {@link Session}, never the connection, so that every
 * statement starts under the limits.
 */
public final class UserSql {
  private final RolePools pools;
  private final String limits;

  public UserSql(RolePools pools, int statementTimeoutMs) {
    this.pools = pools;
    // Placeholder escaping (quotes doubled) is only sound with standard strings.
    this.limits =
        "SET LOCAL standard_conforming_strings = on; SET LOCAL statement_timeout = "
            + statementTimeoutMs;
  }

  /** Work done in a read-only transaction; it never commits. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Session session) throws SQLException;
  }

  /** The statements of one transaction of user SQL. */
  public final class Session {
    private final Connection connection;

    private Session(Connection connection) {
      this.connection = connection;
    }

    /**
     * A statement of user SQL, with the limits applied again first: user SQL can change them for
     * the rest of the transaction ({@code set_config('statement_timeout', '0', true)} in one
     * layer's query), never for a statement already running.
     */
    public PreparedStatement prepare(String sql) throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute(limits);
      }
      return connection.prepareStatement(sql);
    }
  }

  /**
   * Runs {@code work} as {@code role}; SQL failures become CARTO errors about {@code layer} (which
   * may be null).
   */
  public <T> T run(DbRole role, LayerRef layer, Work<T> work) {
    try (Connection c = pools.connect(role)) {
      try {
        try (Statement s = c.createStatement()) {
          s.execute("SET TRANSACTION READ ONLY");
        }
        T result = work.run(new Session(c));
        release(c);
        c.rollback();
        return result;
      } catch (SQLException | RuntimeException e) {
        // The pool closes connections after some errors (SQLSTATE 0A000, 08...): a failing
        // rollback must not hide the error that explains the failure.
        try {
          c.rollback();
          release(c);
          c.rollback();
        } catch (SQLException cleanupFailure) {
          e.addSuppressed(cleanupFailure);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, layer);
    }
  }

  /**
   * Drops what user SQL can leave on a pooled connection past a rollback: session advisory locks
   * ({@code pg_advisory_lock}), which would otherwise block other sessions, migrations included.
   * Settings, cursors and prepared statements of a rolled-back transaction go with it.
   */
  private static void release(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_unlock_all()");
    }
  }
}
