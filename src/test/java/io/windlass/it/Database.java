package io.windlass.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test PostGIS sandbox as the default account's owner role, for set-up (tracking tables, as
 * {@code ./windlass table track} does) and for checking that data did not change.
 */
final class Database {
  private Database() {}

  static Connection asOwner() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("windlass.db.url"),
        System.getProperty("windlass.db.owner.user"),
        System.getProperty("windlass.db.owner.password"));
  }

  static void execute(String sql) throws SQLException {
    try (Connection c = asOwner();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long count(String sql) throws SQLException {
    try (Connection c = asOwner();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Change tracking as the demo has it: test_table at CARTO's test instant, test_table_2 not. */
  static void trackDemoTables() throws SQLException {
    execute(
        "SELECT windlass.record_change(t, '2009-02-13T23:31:30.123Z', false)"
            + " FROM unnest(ARRAY['test_table', 'test_table_private_1']::regclass[]) t;"
            + " SELECT windlass.track_table(t)"
            + " FROM unnest(ARRAY['test_table', 'test_table_private_1']::regclass[]) t");
  }
}
