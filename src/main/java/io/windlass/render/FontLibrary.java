package io.windlass.render;

import io.windlass.style.FontFaces;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fonts loaded from TrueType files by Mapnik face name ({@code family + " " + subfamily} from the
 * font's name table, e.g. {@code "DejaVu Sans Book"}), never the JDK's logical fonts, so that text
 * is drawn with the same outlines as Mapnik's. Each is also kept as a {@link TextFace}, with the
 * metrics read from its {@code head} and {@code hhea} tables. Thread-safe after construction.
 */
public final class FontLibrary {

  /** Debian's fonts-dejavu-core/-extra directory, Mapnik's default face family. */
  public static final Path DEJAVU_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

  /** Mapnik's fallback face name. */
  public static final String DEFAULT_FACE = "DejaVu Sans Book";

  private static volatile FontLibrary defaultLibrary;

  private final Map<String, Font> byFaceName = new HashMap<>();
  private final Map<String, TextFace> textFaces = new HashMap<>();

  /** Loads every {@code .ttf}/{@code .otf} file of the directories (missing ones are skipped). */
  public FontLibrary(Path... directories) {
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{ttf,otf,TTF,OTF}")) {
        for (Path file : files) {
          load(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The library over {@link #DEJAVU_DIR} (and {@code WINDLASS_FONT_DIR} when set). */
  public static FontLibrary defaults() {
    FontLibrary lib = defaultLibrary;
    if (lib == null) {
      synchronized (FontLibrary.class) {
        if (defaultLibrary == null) {
          String extra = System.getenv("WINDLASS_FONT_DIR");
          defaultLibrary =
              extra == null
                  ? new FontLibrary(DEJAVU_DIR)
                  : new FontLibrary(DEJAVU_DIR, Path.of(extra));
        }
        lib = defaultLibrary;
      }
    }
    return lib;
  }

  /** The font for a Mapnik face name, at size 1. */
  public Optional<Font> face(String faceName) {
    return Optional.ofNullable(byFaceName.get(faceName));
  }

  /**
   * The face measured as Mapnik measures it, or {@link #DEFAULT_FACE}'s when unknown (the compiler
   * reports unknown faces).
   */
  TextFace textFaceOrDefault(String faceName) {
    TextFace f = faceName == null ? null : textFaces.get(faceName);
    if (f == null) {
      f = textFaces.get(DEFAULT_FACE);
    }
    if (f == null) {
      throw new IllegalStateException("no font for " + faceName + " and no " + DEFAULT_FACE);
    }
    return f;
  }

  private void load(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String name = FontFaces.faceName(bytes);
      if (name == null || byFaceName.containsKey(name)) {
        return;
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
      TextFace measured = TextFace.of(font, bytes);
      if (measured == null) {
        return;
      }
      byFaceName.put(name, font.deriveFont(1f));
      textFaces.put(name, measured);
    } catch (IOException | FontFormatException | RuntimeException e) {
      // An unreadable file is not a face Mapnik would offer either.
    }
  }
}
