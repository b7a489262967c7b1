package io.windlass.api;

import io.windlass.account.Credentials;
import io.windlass.error.WindlassException;
import io.windlass.service.TileRequest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code :z/:x/:y[@Nx].:format} part of a tile URL, checked with CARTO's messages (before any
 * authentication, as CARTO does).
 *
 * @param x the column as written (wraps around the world later)
 */
record TileAddress(int z, long x, int y, int scale, String format) {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SIGNED_DIGITS = Pattern.compile("-?\\d+");
  private static final Pattern SCALE = Pattern.compile("\\d{0,2}x");

  /** The address, or null when {@code tail} has no format (no tile route matches then). */
  static TileAddress parse(String z, String x, String tail) {
    int dot = tail.indexOf('.');
    if (dot < 0) return null;
    String y = tail.substring(0, dot);
    String format = tail.substring(dot + 1);
    String scale = null;
    int at = y.indexOf('@');
    if (at >= 0) {
      scale = y.substring(at + 1);
      y = y.substring(0, at);
    }
    if (!DIGITS.matcher(z).matches()) {
      throw WindlassException.badRequest(
          "Invalid zoom value ("
              + z
              + "). It should be an integer number greather than or equal to 0");
    }
    if (!SIGNED_DIGITS.matcher(x).matches()) {
      throw WindlassException.badRequest(
          "Invalid coodinate 'x' value (" + x + "). It should be an integer number");
    }
    if (!DIGITS.matcher(y).matches()) {
      throw WindlassException.badRequest(
          "Invalid coodinate 'y' value ("
              + y
              + "). It should be an integer number greather than or equal to 0");
    }
    // Zooms beyond 30 and absurd rows overflow the tile maths: CARTO's out-of-range error.
    if (z.length() > 2 || Integer.parseInt(z) > 30 || y.length() > 10 || x.length() > 18) {
      throw WindlassException.badRequest("Coordinates out of range: " + z + "/" + x + "/" + y);
    }
    long row = Long.parseLong(y);
    if (row > Integer.MAX_VALUE) {
      throw WindlassException.badRequest("Coordinates out of range: " + z + "/" + x + "/" + y);
    }
    int factor = 1;
    if (scale != null) {
      if (!SCALE.matcher(scale).matches()) {
        throw WindlassException.withStatus(404, "Tile with specified resolution not found");
      }
      factor = scale.length() == 1 ? 1 : Integer.parseInt(scale.substring(0, scale.length() - 1));
    }
    return new TileAddress(Integer.parseInt(z), Long.parseLong(x), (int) row, factor, format);
  }

  TileRequest request(Credentials who, String token, String filter, List<String> authTokens) {
    return new TileRequest(who, token, filter, z, x, y, scale, format, authTokens);
  }
}
