package io.windlass.data;

import io.windlass.geo.RasterTile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the rasters of a raster tile query ({@link LayerSql#rasterTileQuery}) into memory. */
public final class RasterQuery {

  private RasterQuery() {}

  public static List<RasterTile> read(UserSql.Session s, String sql) throws SQLException {
    var out = new ArrayList<RasterTile>();
    try (PreparedStatement ps = s.prepare(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        byte[] wkb = rs.getBytes(1);
        if (wkb == null) continue;
        try {
          out.add(RasterWkb.decode(wkb));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
          throw new SQLException("unreadable raster: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
