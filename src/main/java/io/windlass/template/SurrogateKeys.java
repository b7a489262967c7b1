package io.windlass.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * CDN surrogate keys (spec §3.4): a prefix and the first 6 characters of the standard base64 of the
 * SHA-256 of a UTF-8 text, always 8 characters.
 */
public final class SurrogateKeys {
  private SurrogateKeys() {}

  /**
   * The key of a named map: {@code n:} + hash of {@code USER:NAME} ({@code localhost:x_cache} →
   * {@code n:T2SPgo}).
   */
  public static String named(String user, String template) {
    return "n:" + hash6(user + ":" + template);
  }

  /**
   * The key of a table: {@code t:} + hash of {@code <db>:<schema>.<table>} ({@code
   * test_windshaft_cartodb_user_1_db:public.test_table} → {@code t:77pJnX}).
   */
  public static String table(String db, String schema, String table) {
    return "t:" + hash6(db + ":" + schema + "." + table);
  }

  private static String hash6(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
