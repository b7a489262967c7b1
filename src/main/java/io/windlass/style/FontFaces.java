package io.windlass.style;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The face names Mapnik gives the fonts of a directory ({@code "DejaVu Sans Book"}, {@code "DejaVu
 * Sans Condensed Bold"}, ...): FreeType's family name, a space and its style name, read from each
 * TrueType/OpenType file's {@code name} table (typographic family and subfamily, IDs 16 and 17,
 * else IDs 1 and 2). The set to pass to {@link CartoCss#compile(String, String, Set)}.
 *
 * <p>Read from the table rather than with {@code java.awt.Font}, which exposes no subfamily and
 * needs AWT.
 */
public final class FontFaces {

  private FontFaces() {}

  /** The face names of the {@code .ttf}/{@code .otf} files under {@code dir} (recursively). */
  public static Set<String> scan(Path dir) throws IOException {
    Set<String> faces = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".ttf") || n.endsWith(".otf")) {
        String face = faceName(Files.readAllBytes(f));
        if (face != null) {
          faces.add(face);
        }
      }
    }
    return faces;
  }

  /** The face name of one font file's bytes, or null when it has no usable {@code name} table. */
  public static String faceName(byte[] font) {
    try {
      ByteBuffer b = ByteBuffer.wrap(font);
      int tables = b.getShort(4) & 0xffff;
      for (int t = 0; t < tables; t++) {
        int rec = 12 + 16 * t;
        String tag = new String(font, rec, 4, StandardCharsets.US_ASCII);
        if (tag.equals("name")) {
          return faceName(b, b.getInt(rec + 8));
        }
      }
      return null;
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static String faceName(ByteBuffer b, int table) {
    String family = name(b, table, 16);
    String style = name(b, table, 17);
    if (family == null) {
      family = name(b, table, 1);
    }
    if (style == null) {
      style = name(b, table, 2);
    }
    if (family == null) {
      return null;
    }
    return style == null ? family : family + " " + style;
  }

  /**
   * A name record, preferring Windows Unicode English (as FreeType does), then any Windows Unicode,
   * then Macintosh Roman English.
   */
  private static String name(ByteBuffer b, int table, int id) {
    int count = b.getShort(table + 2) & 0xffff;
    int strings = table + (b.getShort(table + 4) & 0xffff);
    List<int[]> found = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int r = table + 6 + 12 * k;
      int platform = b.getShort(r) & 0xffff;
      int encoding = b.getShort(r + 2) & 0xffff;
      int language = b.getShort(r + 4) & 0xffff;
      int nameId = b.getShort(r + 6) & 0xffff;
      int length = b.getShort(r + 8) & 0xffff;
      int offset = b.getShort(r + 10) & 0xffff;
      if (nameId != id) {
        continue;
      }
      int rank;
      if (platform == 3 && (encoding == 1 || encoding == 10) && language == 0x409) {
        rank = 0;
      } else if (platform == 3 && (encoding == 1 || encoding == 10)) {
        rank = 1;
      } else if (platform == 1 && encoding == 0 && language == 0) {
        rank = 2;
      } else {
        continue;
      }
      found.add(new int[] {rank, strings + offset, length, platform});
    }
    found.sort((x, y) -> Integer.compare(x[0], y[0]));
    if (found.isEmpty()) {
      return null;
    }
    int[] best = found.get(0);
    byte[] raw = new byte[best[2]];
    b.get(best[1], raw);
    String s =
        new String(raw, best[3] == 3 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
    return s.isEmpty() ? null : s;
  }
}
