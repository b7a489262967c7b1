package io.windlass.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads a TrueType/OpenType file's family (name id 1) and subfamily (name id 2) the way FreeType
 * reports them to Mapnik, whose face names are {@code family + " " + style}. The JDK's own names
 * differ ("DejaVu Sans" where Mapnik says "DejaVu Sans Book").
 */
final class FontNames {

  private FontNames() {}

  /** {@code "Family Style"}, or null when the file has no usable name table. */
  static String mapnikFaceName(byte[] font) {
    ByteBuffer b = ByteBuffer.wrap(font);
    int numTables = b.getShort(4) & 0xffff;
    for (int t = 0; t < numTables; t++) {
      int rec = 12 + 16 * t;
      if (rec + 16 > font.length) {
        return null;
      }
      String tag = new String(font, rec, 4, StandardCharsets.ISO_8859_1);
      if (tag.equals("name")) {
        return fromNameTable(b, b.getInt(rec + 8));
      }
    }
    return null;
  }

  private static String fromNameTable(ByteBuffer b, int table) {
    int count = b.getShort(table + 2) & 0xffff;
    int strings = table + (b.getShort(table + 4) & 0xffff);
    String family = null;
    String style = null;
    for (int r = 0; r < count; r++) {
      int rec = table + 6 + 12 * r;
      int platform = b.getShort(rec) & 0xffff;
      int encoding = b.getShort(rec + 2) & 0xffff;
      int language = b.getShort(rec + 4) & 0xffff;
      int nameId = b.getShort(rec + 6) & 0xffff;
      int len = b.getShort(rec + 8) & 0xffff;
      int off = strings + (b.getShort(rec + 10) & 0xffff);
      if (nameId != 1 && nameId != 2) {
        continue;
      }
      String s;
      if (platform == 3 && (encoding == 1 || encoding == 0) && language == 0x409) {
        s = new String(b.array(), off, len, StandardCharsets.UTF_16BE);
      } else if (platform == 1 && encoding == 0 && language == 0) {
        s = new String(b.array(), off, len, StandardCharsets.ISO_8859_1);
      } else {
        continue;
      }
      // Prefer the Windows English record, as FreeType does for its family/style names.
      if (nameId == 1 && (family == null || platform == 3)) {
        family = s;
      } else if (nameId == 2 && (style == null || platform == 3)) {
        style = s;
      }
    }
    if (family == null) {
      return null;
    }
    return style == null ? family : family + " " + style;
  }
}
