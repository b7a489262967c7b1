package io.windlass.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A Windlass account: a user name, its master api key, the role that owns its data and the
 * read-only role anonymous requests use.
 */
public record Account(String name, String masterKey, DbRole owner, DbRole publicRole) {

  @Override
  public String toString() {
    return "Account[" + name + "]";
  }

  /** Whether {@code key} is this account's master key, compared in constant time. */
  public boolean isMasterKey(String key) {
    if (masterKey == null || key == null) return false;
    return MessageDigest.isEqual(
        masterKey.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
  }
}
