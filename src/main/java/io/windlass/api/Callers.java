package io.windlass.api;

import io.windlass.account.Account;
import io.windlass.account.AccountDirectory;
import io.windlass.account.Credentials;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Who is calling: the account the URL or Host names, and the role its SQL runs as. An api key comes
 * from HTTP Basic (password), else {@code api_key}/{@code map_key} in the query, else in the body;
 * the master key selects the owner role, no key the public role, any other key is refused.
 */
@ApplicationScoped
public class Callers {
  @Inject AccountDirectory accounts;

  /**
   * The caller of a request under {@code /[user/:user/]api/...}.
   *
   * @param prefix the {@code user/:user/} prefix matched by the resource, or null/empty
   */
  public Credentials identify(
      String prefix, HttpHeaders headers, RequestParams params, String bodyKey) {
    return identify(
        MapResource.pathUser(prefix),
        headers.getHeaderString(HttpHeaders.HOST),
        headers.getHeaderString(HttpHeaders.AUTHORIZATION),
        params,
        bodyKey);
  }

  /**
   * @param pathUser {@code :user} of a {@code /user/:user/} URL, or null
   * @param host the Host header
   * @param authorization the Authorization header, or null
   * @param bodyKey an api key found in the request body, or null
   */
  public Credentials identify(
      String pathUser, String host, String authorization, RequestParams params, String bodyKey) {
    Account account = accounts.resolve(pathUser, host);
    String key = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw unauthorized();
      }
      int colon = decoded.indexOf(':');
      String user = colon < 0 ? decoded : decoded.substring(0, colon);
      String password = colon < 0 ? "" : decoded.substring(colon + 1);
      if (!user.isEmpty() && !user.equals(account.name())) {
        throw new WindlassException(
            403,
            List.of(new ErrorDetail("auth", "Forbidden", "api-key-username-mismatch", null)),
            null);
      }
      if (!password.isEmpty()) key = password;
    }
    if (key == null) key = params.get("api_key");
    if (key == null) key = params.get("map_key");
    if (key == null && bodyKey != null && !bodyKey.isEmpty()) key = bodyKey;
    if (key == null) return new Credentials(account, account.publicRole(), false, null);
    if (account.isMasterKey(key)) return new Credentials(account, account.owner(), true, key);
    throw unauthorized();
  }

  private static WindlassException unauthorized() {
    return new WindlassException(
        401, List.of(new ErrorDetail("auth", "Unauthorized", "api-key-not-found", null)), null);
  }
}
