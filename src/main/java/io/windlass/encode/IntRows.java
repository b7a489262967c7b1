package io.windlass.encode;

import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Row access to an int-packed raster (one ARGB int per pixel). Reads the backing array directly
 * when the layout allows it, which avoids the per-call overhead of {@link Raster#getDataElements}.
 */
final class IntRows {

  private final Raster raster;
  private final int[] data;
  private final int offset;
  private final int stride;

  private IntRows(Raster raster, int[] data, int offset, int stride) {
    this.raster = raster;
    this.data = data;
    this.offset = offset;
    this.stride = stride;
  }

  static IntRows of(Raster raster) {
    if (raster.getDataBuffer() instanceof DataBufferInt db
        && db.getNumBanks() == 1
        && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm) {
      // Reading the bank makes Java2D stop caching the image in video memory; the image is
      // finished.
      int offset =
          db.getOffset()
              - raster.getSampleModelTranslateY() * sm.getScanlineStride()
              - raster.getSampleModelTranslateX();
      return new IntRows(raster, db.getData(), offset, sm.getScanlineStride());
    }
    return new IntRows(raster, null, 0, 0);
  }

  void copyRow(int y, int[] dst) {
    copyRow(y, dst, 0, dst.length);
  }

  /** Copies {@code width} pixels of row {@code y} into {@code dst} from {@code at}. */
  void copyRow(int y, int[] dst, int at, int width) {
    if (data != null) {
      System.arraycopy(data, offset + y * stride, dst, at, width);
    } else if (at == 0) {
      raster.getDataElements(0, y, width, 1, dst);
    } else {
      int[] row = (int[]) raster.getDataElements(0, y, width, 1, null);
      System.arraycopy(row, 0, dst, at, width);
    }
  }
}
