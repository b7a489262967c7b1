package io.windlass.data;

import io.windlass.geo.Feature;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Reads the features of a tile query ({@link LayerSql#tileQuery}) into memory. */
public final class FeatureQuery {
  private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();
  private static final int FETCH_SIZE = 2000;

  private FeatureQuery() {}

  /** Features with geometry in EPSG:3857 metres and the attributes named by {@code fields}. */
  public static List<Feature> read(UserSql.Session s, String sql, List<String> fields)
      throws SQLException {
    var reader = new WKBReader(GEOMETRY_FACTORY);
    var features = new ArrayList<Feature>();
    try (PreparedStatement ps = s.prepare(sql)) {
      ps.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] wkb = rs.getBytes(1);
          if (wkb == null) continue;
          Geometry g;
          try {
            g = reader.read(wkb);
          } catch (ParseException e) {
            throw new SQLException("invalid geometry from PostGIS: " + e.getMessage(), e);
          }
          if (g.isEmpty()) continue;
          Map<String, Object> attributes =
              fields.isEmpty() ? Map.of() : new HashMap<>(fields.size() * 2);
          for (int i = 0; i < fields.size(); i++) {
            attributes.put(fields.get(i), attribute(rs.getObject(i + 2)));
          }
          features.add(new Feature(g, attributes));
        }
      }
    }
    return features;
  }

  /** Values as the style evaluates them: numbers, strings, booleans or null. */
  private static Object attribute(Object v) {
    if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean) return v;
    return v.toString();
  }
}
