package io.windlass.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Windlass account: a user name, the SHA-256 of its master api key (the key itself is never
 * stored), the role that owns its data and the read-only role anonymous requests use.
 *
 * @param masterKeySha256 hex SHA-256 of the master key, or null when the account has none
 */
public record Account(String name, String masterKeySha256, DbRole owner, DbRole publicRole) {

  /** An account whose master key is {@code masterKey} (hashed here; null for none). */
  public static Account withKey(String name, String masterKey, DbRole owner, DbRole publicRole) {
    return new Account(name, masterKey == null ? null : sha256(masterKey), owner, publicRole);
  }

  @Override
  public String toString() {
    return "Account[" + name + "]";
  }

  /** Whether {@code key} is this account's master key, compared in constant time. */
  public boolean isMasterKey(String key) {
    if (masterKeySha256 == null || key == null) return false;
    return MessageDigest.isEqual(
        masterKeySha256.getBytes(StandardCharsets.US_ASCII),
        sha256(key).getBytes(StandardCharsets.US_ASCII));
  }

  /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
