package io.windlass.encode;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

/** PNG's container: the signature and length-type-data-CRC chunks, for every encoder here. */
final class PngChunks {
  static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PngChunks() {}

  /** Writes chunk {@code type} holding the first {@code len} bytes of {@code data}. */
  static void write(ByteArrayOutputStream out, String type, byte[] data, int len) {
    byte[] header = new byte[8];
    putInt(header, 0, len);
    for (int k = 0; k < 4; k++) {
      header[4 + k] = (byte) type.charAt(k);
    }
    out.write(header, 0, 8);
    out.write(data, 0, len);
    CRC32 crc = new CRC32();
    crc.update(header, 4, 4);
    crc.update(data, 0, len);
    byte[] tail = new byte[4];
    putInt(tail, 0, (int) crc.getValue());
    out.write(tail, 0, 4);
  }

  /** The signature and the IHDR chunk of an 8-bit, non-interlaced image of {@code colourType}. */
  static void start(ByteArrayOutputStream out, int w, int h, int colourType) {
    out.writeBytes(SIGNATURE);
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, w);
    putInt(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = (byte) colourType;
    write(out, "IHDR", ihdr, ihdr.length);
  }

  /** Deflates all of {@code deflater}'s input (already set and finished) into a new array. */
  static byte[] drain(java.util.zip.Deflater deflater, int sizeHint) {
    byte[] buf = new byte[Math.max(4096, sizeHint)];
    int len = 0;
    while (!deflater.finished()) {
      if (len == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      len += deflater.deflate(buf, len, buf.length - len);
    }
    return java.util.Arrays.copyOf(buf, len);
  }

  /** Big-endian, as every PNG integer. */
  static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}
