package io.windlass.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.PathIterator;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One font face measured the way Mapnik's FreeType engine measures it. Mapnik shapes and measures
 * text with the face set to {@code units_per_EM} 26.6 units, i.e. {@code upem / 64} pixels per em,
 * so that HarfBuzz positions come out in font units; what FreeType rounds at that size is rounded
 * here too: the line height ({@code size->metrics.height}, a whole "pixel" of 64 units) and each
 * glyph's vertical extent ({@code FT_GLYPH_BBOX_TRUNCATE} of the control box, floored to 64 units).
 * Glyph outlines are kept in font units (y up) for {@link GlyphRenderer}. Thread-safe.
 */
final class TextFace {

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final Font unitFont;
  private final int unitsPerEm;
  private final int lineHeightUnits;
  private final Map<Integer, Glyph> glyphs = new ConcurrentHashMap<>();

  /**
   * A glyph's outline in font units, y up: {@code ops} are {@link PathIterator} segment types,
   * {@code coords} their points in order; {@code yMin}/{@code yMax} are FreeType's truncated
   * control box at {@code upem / 64} ppem, in font units (multiples of 64).
   */
  record Glyph(byte[] ops, double[] coords, int[] implied, int yMin, int yMax) {}

  private TextFace(Font base, int unitsPerEm, int heightUnits) {
    this.unitsPerEm = unitsPerEm;
    this.unitFont =
        base.deriveFont(
            Map.of(
                TextAttribute.SIZE, (float) unitsPerEm,
                TextAttribute.KERNING, TextAttribute.KERNING_ON,
                TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    // FT_PIX_ROUND of the face height scaled to 1/64 of the em: a multiple of 64 units.
    this.lineHeightUnits = Math.floorDiv(heightUnits + 32, 64) * 64;
  }

  /** The face of a TrueType/OpenType file's bytes, or null when its tables are unusable. */
  static TextFace of(Font base, byte[] file) {
    try {
      ByteBuffer b = ByteBuffer.wrap(file);
      int head = table(b, file, "head");
      int hhea = table(b, file, "hhea");
      if (head < 0 || hhea < 0) {
        return null;
      }
      int upem = b.getShort(head + 18) & 0xffff;
      int ascender = b.getShort(hhea + 4);
      int descender = b.getShort(hhea + 6);
      int lineGap = b.getShort(hhea + 8);
      if (upem == 0) {
        return null;
      }
      return new TextFace(base, upem, ascender - descender + lineGap);
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static int table(ByteBuffer b, byte[] file, String tag) {
    int tables = b.getShort(4) & 0xffff;
    for (int t = 0; t < tables; t++) {
      int rec = 12 + 16 * t;
      if (new String(file, rec, 4, StandardCharsets.US_ASCII).equals(tag)) {
        return b.getInt(rec + 8);
      }
    }
    return -1;
  }

  int unitsPerEm() {
    return unitsPerEm;
  }

  /** {@code size->metrics.height} at the measuring size, in font units. */
  int lineHeightUnits() {
    return lineHeightUnits;
  }

  /**
   * The x and y scale (16.16) FreeType loads unhinted outlines with at {@code FT_Set_Char_Size(size
   * * 64)}: the size truncated to 1/64, not rounded to an integer ppem (FreeType rounds the ppem of
   * flagged TrueType faces only for hinted loads).
   */
  long outlineScale(double sizePx) {
    return divFix((long) (sizePx * 64), unitsPerEm);
  }

  /** FreeType's {@code FT_DivFix}: a / b in 16.16, rounded. */
  private static long divFix(long a, long b) {
    long s = (a < 0) != (b < 0) ? -1 : 1;
    a = Math.abs(a);
    b = Math.abs(b);
    return s * ((a * 65536 + b / 2) / b);
  }

  /** The text shaped by the JDK's HarfBuzz at one unit per font unit, kerning and ligatures on. */
  GlyphVector shape(String text) {
    char[] chars = text.toCharArray();
    return unitFont.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
  }

  Glyph glyph(int code) {
    return glyphs.computeIfAbsent(code, this::load);
  }

  private Glyph load(int code) {
    Shape s = unitFont.createGlyphVector(FRC, new int[] {code}).getGlyphOutline(0);
    PathIterator it = s.getPathIterator(null);
    byte[] ops = new byte[16];
    double[] coords = new double[64];
    int nOps = 0;
    int nCoords = 0;
    double[] seg = new double[6];
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    while (!it.isDone()) {
      int type = it.currentSegment(seg);
      int points =
          switch (type) {
            case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
            case PathIterator.SEG_QUADTO -> 2;
            case PathIterator.SEG_CUBICTO -> 3;
            default -> 0;
          };
      if (nOps == ops.length) {
        ops = java.util.Arrays.copyOf(ops, nOps * 2);
      }
      ops[nOps++] = (byte) type;
      if (nCoords + 2 * points > coords.length) {
        coords = java.util.Arrays.copyOf(coords, Math.max(coords.length * 2, nCoords + 6));
      }
      for (int k = 0; k < points; k++) {
        double y = -seg[2 * k + 1];
        coords[nCoords++] = seg[2 * k];
        coords[nCoords++] = y;
        // The control box spans every point, off-curve ones included.
        yMin = Math.min(yMin, y);
        yMax = Math.max(yMax, y);
      }
      it.next();
    }
    int truncMin = 0;
    int truncMax = 0;
    if (nCoords > 0) {
      truncMin = (int) Math.floor(yMin / 64) * 64;
      truncMax = (int) Math.floor(yMax / 64) * 64;
    }
    ops = java.util.Arrays.copyOf(ops, nOps);
    coords = java.util.Arrays.copyOf(coords, nCoords);
    return new Glyph(ops, coords, impliedPoints(ops, coords), truncMin, truncMax);
  }

  /**
   * For each point, the two control points it is the implied midpoint of (TrueType's on-curve
   * points between two off-curve ones), as point indices {@code 2i, 2i + 1}, or -1: FreeType scales
   * only the stored points and takes such midpoints afterwards, rounding down.
   */
  private static int[] impliedPoints(byte[] ops, double[] coords) {
    int points = coords.length / 2;
    int[] implied = new int[2 * points];
    java.util.Arrays.fill(implied, -1);
    int k = 0;
    int op = 0;
    while (op < ops.length) {
      if (ops[op] != PathIterator.SEG_MOVETO) {
        op++;
        continue;
      }
      int start = k++;
      // The contour's segments: [first op, end op), each a point index of its control (or -1).
      int firstOp = ++op;
      int lastOp = firstOp;
      while (lastOp < ops.length
          && ops[lastOp] != PathIterator.SEG_MOVETO
          && ops[lastOp] != PathIterator.SEG_CLOSE) {
        lastOp++;
      }
      int n = lastOp - firstOp;
      int[] control = new int[n];
      int[] end = new int[n];
      for (int i = 0; i < n; i++) {
        switch (ops[firstOp + i]) {
          case PathIterator.SEG_QUADTO -> {
            control[i] = k;
            end[i] = k + 1;
            k += 2;
          }
          case PathIterator.SEG_CUBICTO -> {
            control[i] = -1;
            end[i] = k + 2;
            k += 3;
          }
          default -> {
            control[i] = -1;
            end[i] = k;
            k += 1;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        int next = (i + 1) % n;
        if (control[i] < 0 || control[next] < 0) {
          continue;
        }
        int e = end[i];
        int a = control[i];
        int b = control[next];
        if (coords[2 * e] * 2 == coords[2 * a] + coords[2 * b]
            && coords[2 * e + 1] * 2 == coords[2 * a + 1] + coords[2 * b + 1]) {
          implied[2 * e] = a;
          implied[2 * e + 1] = b;
          if (i == n - 1
              && coords[2 * e] == coords[2 * start]
              && coords[2 * e + 1] == coords[2 * start + 1]) {
            implied[2 * start] = a;
            implied[2 * start + 1] = b;
          }
        }
      }
      op = lastOp;
    }
    return implied;
  }
}
