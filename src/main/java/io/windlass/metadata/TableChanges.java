package io.windlass.metadata;

import io.windlass.data.TableRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * When tracked tables last changed ({@code windlass.table_metadata}, kept by the triggers that
 * {@code windlass.track_table(regclass)} installs). Read as the metadata role.
 */
@ApplicationScoped
public class TableChanges {
  @Resource(lookup = "java:jboss/datasources/WindlassDS")
  DataSource dataSource;

  /** The last change, epoch milliseconds, of each of {@code tables} that is tracked. */
  public Map<TableRef, Long> updatedAt(Set<TableRef> tables) throws SQLException {
    var result = new HashMap<TableRef, Long>();
    if (tables.isEmpty()) return result;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT schema_name, table_name,"
                    + " (extract(epoch from updated_at) * 1000)::bigint"
                    + " FROM windlass.table_metadata"
                    + " WHERE (schema_name, table_name) IN"
                    + " (SELECT * FROM unnest(?::text[], ?::text[]))")) {
      ps.setArray(1, c.createArrayOf("text", tables.stream().map(TableRef::schema).toArray()));
      ps.setArray(2, c.createArrayOf("text", tables.stream().map(TableRef::name).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.put(new TableRef(rs.getString(1), rs.getString(2)), rs.getLong(3));
        }
      }
    }
    return result;
  }
}
