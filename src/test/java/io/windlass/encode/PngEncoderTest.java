package io.windlass.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  private static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void headerIsRgba8() {
    byte[] png = PngEncoder.encode(new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB));
    assertEquals((byte) 0x89, png[0]);
    assertEquals('I', png[12]);
    assertEquals(3, png[19]); // width (big-endian, low byte)
    assertEquals(2, png[23]); // height
    assertEquals(8, png[24]);
    assertEquals(6, png[25]);
  }

  @Test
  void adaptiveFilteringRoundTripsExactly() throws IOException {
    BufferedImage img = new BufferedImage(64, 40, BufferedImage.TYPE_INT_ARGB);
    Random rnd = new Random(3);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        // gradients, flat runs and noise so every filter type gets chosen somewhere
        int v = y < 10 ? x * 4 : y < 20 ? 0x80 : y < 30 ? (x + y) * 3 : rnd.nextInt(256);
        img.setRGB(x, y, (v << 24) | (v << 16) | ((255 - v) << 8) | (x * y & 0xff));
      }
    }
    BufferedImage back = decode(PngEncoder.encode(img, 6, PngEncoder.Filtering.ADAPTIVE));
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void parallelPartsMakeOneValidStream() throws IOException {
    BufferedImage img = new BufferedImage(700, 500, BufferedImage.TYPE_INT_ARGB);
    Random rnd = new Random(7);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, y % 50 < 25 ? 0xff336699 : rnd.nextInt());
      }
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int parts : new int[] {2, 3, 5}) {
        byte[] png = PngEncoder.encode(img, pool, parts);
        BufferedImage back = decode(png);
        for (int y = 0; y < img.getHeight(); y += 7) {
          for (int x = 0; x < img.getWidth(); x += 3) {
            assertEquals(img.getRGB(x, y), back.getRGB(x, y), parts + " parts, " + x + "," + y);
          }
        }
        // The zlib trailer checksums the whole image: a wrong one would fail strict decoders.
        var inflater = new java.util.zip.Inflater();
        int idat = 8 + 25 + 8;
        int len =
            ((png[33] & 0xff) << 24)
                | ((png[34] & 0xff) << 16)
                | ((png[35] & 0xff) << 8)
                | (png[36] & 0xff);
        inflater.setInput(png, idat, len);
        byte[] raw = new byte[(700 * 4 + 1) * 500];
        try {
          assertEquals(raw.length, inflater.inflate(raw));
        } catch (java.util.zip.DataFormatException e) {
          throw new AssertionError(e);
        }
        assertTrue(inflater.finished(), "adler32 and end of stream accepted");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void straightAlphaImageRoundTripsExactly() throws IOException {
    BufferedImage img = new BufferedImage(37, 23, BufferedImage.TYPE_INT_ARGB);
    Random rnd = new Random(42);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, rnd.nextInt());
      }
    }
    img.setRGB(0, 0, 0);
    BufferedImage back = decode(PngEncoder.encode(img));
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void premultipliedPixelsAreUnpremultiplied() throws IOException {
    BufferedImage img = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB_PRE);
    int[] pre = {0x80400000, 0x00000000, 0xff123456, 0x40202020};
    img.getRaster().setDataElements(0, 0, 4, 1, pre);
    BufferedImage back = decode(PngEncoder.encode(img));
    assertEquals(0x80800000, back.getRGB(0, 0)); // 0x40 * 255 / 0x80 = 127.5 -> 128
    assertEquals(0, back.getRGB(1, 0));
    assertEquals(0xff123456, back.getRGB(2, 0));
    assertEquals(0x40808080, back.getRGB(3, 0));
  }

  @Test
  void renderedTileMatchesGetRgb() throws IOException {
    BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(30, 120, 200, 100));
    g.fill(new Ellipse2D.Double(20, 30, 180, 150));
    g.setColor(new Color(250, 20, 20, 230));
    g.fillRect(100, 100, 100, 50);
    g.dispose();
    BufferedImage back = decode(PngEncoder.encode(img));
    BufferedImage adaptive = decode(PngEncoder.encode(img, 4, PngEncoder.Filtering.ADAPTIVE));
    int maxDiff = 0;
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        int a = img.getRGB(x, y);
        int b = back.getRGB(x, y);
        assertEquals(a >>> 24, b >>> 24, "alpha at " + x + "," + y);
        assertEquals(b, adaptive.getRGB(x, y));
        for (int shift = 0; shift < 24; shift += 8) {
          maxDiff = Math.max(maxDiff, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
      }
    }
    // Java's own un-premultiply may round differently by one.
    assertTrue(maxDiff <= 1, "max channel difference " + maxDiff);
  }

  @Test
  void otherImageTypesUseGetRgb() throws IOException {
    BufferedImage img = new BufferedImage(5, 5, BufferedImage.TYPE_3BYTE_BGR);
    img.setRGB(2, 3, 0xff336699);
    BufferedImage back = decode(PngEncoder.encode(img, 9));
    assertEquals(0xff336699, back.getRGB(2, 3));
    assertEquals(0xff000000, back.getRGB(0, 0));
  }
}
