package io.windlass.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  /** A digest of every row of {@code table}: any insert, update or delete changes it. */
  static String checksum(String table) throws SQLException {
    try (Connection c = asOwner();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                    + " from "
                    + table
                    + " t")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Runs the launcher on the test sandbox ({@code ./windlass ARGS} with {@code --dir} where it
   * takes one), as an administrator would, and answers what it printed.
   */
  static String launcher(String... args) throws IOException, InterruptedException {
    var command = new java.util.ArrayList<String>();
    command.add(System.getProperty("windlass.project.dir") + "/windlass");
    command.addAll(java.util.List.of(args));
    var pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("WINDLASS_PG_DIR", System.getProperty("windlass.it.db.dir"));
    pb.environment().remove("WINDLASS_DB_URL");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new AssertionError("./windlass " + String.join(" ", args) + " failed:\n" + out);
    }
    return out;
  }

  /** SQL run as the sandbox's superuser (for fixtures no account role may create). */
  static String superuser(String sql) throws IOException, InterruptedException {
    return launcher(
            "psql",
            "--dir",
            System.getProperty("windlass.it.db.dir"),
            "--superuser",
            "-X",
            "-q",
            "-At",
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            sql)
        .strip();
  }

  /**
   * A second account, {@code name}, created with the admin command if an earlier run did not, with
   * table {@code secrets} in its schema, readable by its own public role only.
   */
  static void secondAccount(String name, String key) throws IOException, InterruptedException {
    if (superuser("select count(*) from windlass.account where name = '" + name + "'")
        .equals("0")) {
      launcher("account", "add", name, "--api-key", key);
    }
    superuser(
        "create table if not exists "
            + name
            + ".secrets as select 'it-other-secret'::text as secret,"
            + " ST_Transform(ST_MakeEnvelope(-170, -80, 170, 80, 4326), 3857) as the_geom_webmercator;"
            + " alter table "
            + name
            + ".secrets owner to "
            + name
            + "_owner; grant select on "
            + name
            + ".secrets to "
            + name
            + "_public");
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
