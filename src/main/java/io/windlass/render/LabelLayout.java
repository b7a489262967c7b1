package io.windlass.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A label's text shaped into lines (pixels, y down), the way Mapnik's {@code text_layout} does:
 * kerning on, one line unless {@code wrap-width} is set, in which case a line is broken at the
 * first word boundary after (or, with {@code wrap-before}, before) the character where it exceeds
 * the width, and the space at the break is dropped. Every line has FreeType's line height for the
 * face's design metrics (ascender - descender + line gap, unrounded: Mapnik measures faces at
 * units-per-em size) plus {@code line-spacing}, except the first, whose height is its tallest
 * glyph's ink height (Mapnik's {@code max_char_height}); labels are centred on that height.
 */
record LabelLayout(
    List<GlyphVector> lines,
    double[] widths,
    double lineHeight,
    double firstLineHeight,
    double ascent,
    double descent) {

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /** Sized, kerned fonts by (face, size); shared, as Font is immutable. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Font> SIZED =
      new java.util.concurrent.ConcurrentHashMap<>();

  double width() {
    double w = 0;
    for (double x : widths) {
      w = Math.max(w, x);
    }
    return w;
  }

  /** Height in pixels: the first line's glyph height plus a line height per further line. */
  double height() {
    return firstLineHeight + lineHeight * (lines.size() - 1);
  }

  /** Baseline of line {@code i} below the top of the layout box, in pixels. */
  double baseline(int i) {
    return firstLineHeight + lineHeight * i;
  }

  static Font sized(Font face, double size) {
    return SIZED.computeIfAbsent(
        face.getFontName() + '\0' + face.getStyle() + '\0' + size,
        k ->
            face.deriveFont(
                Map.of(
                    TextAttribute.SIZE, (float) size,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON)));
  }

  static LabelLayout of(
      String text, Font font, double wrapWidthPx, boolean wrapBefore, double lineSpacingPx) {
    LineMetrics lm = font.getLineMetrics("Xg", FRC);
    double lineHeight = lm.getAscent() + lm.getDescent() + lm.getLeading() + lineSpacingPx;
    List<GlyphVector> lines = new ArrayList<>();
    List<Double> widths = new ArrayList<>();
    GlyphVector whole = shape(font, text);
    double wholeWidth = whole.getGlyphPosition(whole.getNumGlyphs()).getX();
    if (!(wrapWidthPx > 0) || wholeWidth <= wrapWidthPx) {
      lines.add(whole);
      widths.add(wholeWidth);
    } else {
      int start = 0;
      double len = 0;
      for (int i = 0; i < text.length(); i++) {
        len += advance(font, text.charAt(i));
        if (len <= wrapWidthPx) {
          continue;
        }
        int brk = wrapBefore ? preceding(text, i + 1) : following(text, i);
        if (brk <= start) {
          brk = following(text, i); // a single word wider than the wrap width stays whole
        }
        int end = brk > 0 && text.charAt(brk - 1) == ' ' ? brk - 1 : brk;
        addLine(font, text.substring(start, end), lines, widths);
        start = brk;
        i = brk - 1;
        len = 0;
      }
      if (start < text.length()) {
        addLine(font, text.substring(start), lines, widths);
      }
    }
    double[] w = new double[widths.size()];
    for (int k = 0; k < w.length; k++) {
      w[k] = widths.get(k);
    }
    GlyphVector first = lines.get(0);
    double maxCharHeight = 0;
    for (int k = 0; k < first.getNumGlyphs(); k++) {
      maxCharHeight = Math.max(maxCharHeight, first.getGlyphOutline(k).getBounds2D().getHeight());
    }
    return new LabelLayout(
        List.copyOf(lines), w, lineHeight, maxCharHeight, lm.getAscent(), lm.getDescent());
  }

  private static void addLine(Font font, String s, List<GlyphVector> lines, List<Double> widths) {
    GlyphVector gv = shape(font, s);
    lines.add(gv);
    widths.add(gv.getGlyphPosition(gv.getNumGlyphs()).getX());
  }

  private static GlyphVector shape(Font font, String s) {
    char[] chars = s.toCharArray();
    return font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
  }

  private static double advance(Font font, char c) {
    return font.createGlyphVector(FRC, new char[] {c}).getGlyphPosition(1).getX();
  }

  /** The first line-break opportunity after index i (start of the next word), or the length. */
  private static int following(String s, int i) {
    for (int k = i + 1; k < s.length(); k++) {
      if (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '-') {
        return k;
      }
    }
    return s.length();
  }

  /** The last line-break opportunity at or before index i, or 0. */
  private static int preceding(String s, int i) {
    for (int k = Math.min(i, s.length()) - 1; k > 0; k--) {
      if (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '-') {
        return k;
      }
    }
    return 0;
  }
}
