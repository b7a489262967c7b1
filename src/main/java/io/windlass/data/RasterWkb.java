package io.windlass.data;

import io.windlass.geo.RasterTile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes PostGIS's binary raster format ({@code ST_AsBinary(raster)}, WKB raster version 0):
 * header, then per band its pixel type, nodata value and in-database pixels. Out-of-database bands
 * are refused.
 */
public final class RasterWkb {

  private RasterWkb() {}

  /** The raster; {@link IllegalArgumentException} when the bytes are not a raster it can read. */
  public static RasterTile decode(byte[] wkb) {
    ByteBuffer b = ByteBuffer.wrap(wkb);
    b.order(b.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    int version = Short.toUnsignedInt(b.getShort());
    if (version != 0) {
      throw new IllegalArgumentException("unknown raster format version " + version);
    }
    int bandCount = Short.toUnsignedInt(b.getShort());
    double scaleX = b.getDouble();
    double scaleY = b.getDouble();
    double ipX = b.getDouble();
    double ipY = b.getDouble();
    double skewX = b.getDouble();
    double skewY = b.getDouble();
    b.getInt(); // srid: the query transformed the raster to 3857
    int width = Short.toUnsignedInt(b.getShort());
    int height = Short.toUnsignedInt(b.getShort());
    if (skewX != 0 || skewY != 0) {
      throw new IllegalArgumentException("skewed rasters are not drawn");
    }
    List<double[]> bands = new ArrayList<>(bandCount);
    double[] nodata = new double[bandCount];
    for (int k = 0; k < bandCount; k++) {
      int flags = Byte.toUnsignedInt(b.get());
      if ((flags & 0x80) != 0) {
        throw new IllegalArgumentException("out-of-database raster bands are not read");
      }
      int type = flags & 0x0f;
      boolean hasNodata = (flags & 0x40) != 0;
      boolean allNodata = (flags & 0x10) != 0;
      double nd = value(b, type);
      nodata[k] = hasNodata ? nd : Double.NaN;
      double[] values = new double[width * height];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(b, type);
      }
      if (allNodata && hasNodata) {
        java.util.Arrays.fill(values, nd);
      }
      bands.add(values);
    }
    return new RasterTile(ipX, ipY, scaleX, scaleY, width, height, bands, nodata);
  }

  /** One value of a pixel type (PostGIS's numbering: 1BB, 2BUI, 4BUI, 8BSI, 8BUI, ...). */
  private static double value(ByteBuffer b, int type) {
    return switch (type) {
      case 0, 1, 2, 4 -> Byte.toUnsignedInt(b.get());
      case 3 -> b.get();
      case 5 -> b.getShort();
      case 6 -> Short.toUnsignedInt(b.getShort());
      case 7 -> b.getInt();
      case 8 -> Integer.toUnsignedLong(b.getInt());
      case 10 -> b.getFloat();
      case 11 -> b.getDouble();
      default -> throw new IllegalArgumentException("unknown raster pixel type " + type);
    };
  }
}
