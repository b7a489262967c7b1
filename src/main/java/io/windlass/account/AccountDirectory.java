package io.windlass.account;

import io.windlass.error.WindlassException;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts this server knows. Resolves the user of a request as CARTO does: the {@code
 * /user/:user/} path prefix, else the Host subdomain before the configured domain, else the default
 * account.
 */
public final class AccountDirectory {
  private final Map<String, Account> accounts;
  private final String defaultUser;
  private final String userDomain;

  public AccountDirectory(Map<String, Account> accounts, String defaultUser, String userDomain) {
    this.accounts = Map.copyOf(accounts);
    this.defaultUser = defaultUser;
    this.userDomain = userDomain;
  }

  public Optional<Account> find(String name) {
    return Optional.ofNullable(accounts.get(name));
  }

  /**
   * The account a request addresses.
   *
   * @param pathUser the {@code :user} of a {@code /user/:user/} prefix, or null
   * @param host the Host header as received (may carry a port), or null
   */
  public Account resolve(String pathUser, String host) {
    String name = pathUser != null && !pathUser.isEmpty() ? pathUser : userFromHost(host);
    if (name == null) name = defaultUser;
    Account account = accounts.get(name);
    if (account == null) {
      throw WindlassException.withStatus(404, "User '" + name + "' not found");
    }
    return account;
  }

  /** {@code demo} for {@code demo.localhost:8080} when the user domain is {@code localhost}. */
  String userFromHost(String host) {
    if (host == null || userDomain == null || userDomain.isEmpty()) return null;
    String h = host;
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(']') < colon) h = h.substring(0, colon);
    String suffix = "." + userDomain;
    if (h.length() > suffix.length()
        && h.regionMatches(true, h.length() - suffix.length(), suffix, 0, suffix.length())) {
      String sub = h.substring(0, h.length() - suffix.length());
      return sub.contains(".") ? null : sub;
    }
    return null;
  }
}
