package io.windlass.mapconfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The map id part of a layergroup token: lowercase hex MD5 of the post-adapter MapConfig with
 * {@code dbparams} appended, as Windshaft computes it.
 *
 * <p>Windshaft hashes the string in Node's {@code 'binary'} encoding: each UTF-16 code unit
 * contributes its low 8 bits. That differs from UTF-8 outside Latin-1, and compatibility needs the
 * same ids.
 */
public final class LayergroupId {
  private LayergroupId() {}

  /**
   * The map id of {@code config} created on database {@code dbName} by role {@code dbUser}.
   *
   * @param config the MapConfig as stored (not modified)
   * @param dbUser the requester's database role, or null to leave it out
   */
  public static String of(ObjectNode config, String dbName, String dbUser) {
    var copy = config.deepCopy();
    var dbparams = copy.putObject("dbparams");
    dbparams.put("name", dbName);
    if (dbUser != null) dbparams.put("user", dbUser);
    return md5Binary(JsJson.stringify(copy));
  }

  /** MD5 of {@code text} encoded as Node's {@code 'binary'} (Latin-1 with truncation). */
  public static String md5Binary(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) text.charAt(i);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }
}
