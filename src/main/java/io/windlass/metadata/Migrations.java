package io.windlass.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Creates and migrates Windlass's metadata schema from versioned SQL scripts ({@code
 * db/migration/V<n>__<what>.sql} on the classpath), each applied once, in order, in its own
 * transaction, and recorded in {@code windlass.schema_version}. An advisory lock serialises nodes
 * of a cluster that start together.
 */
public final class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  /** The scripts in order; add new versions at the end, never edit an applied one. */
  static final List<String> SCRIPTS = List.of("V1__metadata.sql", "V2__template_limit_notice.sql");

  private static final long LOCK_KEY = 0x77696e646c617373L; // "windlass"

  private Migrations() {}

  /** Applies every script not yet applied; answers how many were. */
  public static int migrate(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int applied = migrate(c);
        c.commit();
        return applied;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private static int migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
      // CREATE SCHEMA IF NOT EXISTS still needs CREATE on the database: only ask when missing,
      // so that a metadata role given a ready-made schema works without it.
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_namespace WHERE nspname = 'windlass'")) {
        if (!rs.next()) s.execute("CREATE SCHEMA windlass");
      }
      s.execute(
          "CREATE TABLE IF NOT EXISTS windlass.schema_version ("
              + "version int PRIMARY KEY, script text NOT NULL,"
              + " applied_at timestamptz NOT NULL DEFAULT now())");
    }
    int current = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT coalesce(max(version), 0) FROM windlass.schema_version")) {
      if (rs.next()) current = rs.getInt(1);
    }
    int applied = 0;
    for (int i = current; i < SCRIPTS.size(); i++) {
      String script = SCRIPTS.get(i);
      try (Statement s = c.createStatement()) {
        s.execute(read(script));
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO windlass.schema_version (version, script) VALUES (?, ?)")) {
        ps.setInt(1, i + 1);
        ps.setString(2, script);
        ps.executeUpdate();
      }
      LOG.info("Windlass metadata: applied " + script);
      applied++;
    }
    return applied;
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
      if (in == null) throw new IllegalStateException("missing migration " + script);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable migration " + script, e);
    }
  }
}
