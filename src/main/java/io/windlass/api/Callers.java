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
   * What a request presents before any account is looked at (CARTO's credentials step).
   *
   * @param basicUser the user name of an HTTP Basic header, or null
   * @param apiKey the first api key found (Basic password, query, body), or null
   */
  record Presented(String basicUser, String apiKey) {

    /**
     * @param authorization the Authorization header, or null
     * @param queryApiKey {@code api_key} of the query, or null
     * @param queryMapKey {@code map_key} of the query, or null
     * @param bodyKey an api key found in the request body, or null
     */
    static Presented of(
        String authorization, String queryApiKey, String queryMapKey, String bodyKey) {
      String user = null;
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
        user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        if (user.isEmpty()) user = null;
        if (!password.isEmpty()) key = password;
      }
      if (key == null) key = nonEmpty(queryApiKey);
      if (key == null) key = nonEmpty(queryMapKey);
      if (key == null) key = nonEmpty(bodyKey);
      return new Presented(user, key);
    }

    private static String nonEmpty(String s) {
      return s == null || s.isEmpty() ? null : s;
    }
  }

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
        presented(headers, params, bodyKey));
  }

  /**
   * @param pathUser {@code :user} of a {@code /user/:user/} URL, or null
   * @param host the Host header
   */
  Credentials identify(String pathUser, String host, Presented presented) {
    Account account = accounts.resolve(pathUser, host);
    if (presented.apiKey() == null) {
      // Without a key a Basic user name is not checked at all, as in CARTO.
      return new Credentials(account, account.publicRole(), false, null);
    }
    checkMasterKey(account, presented);
    return new Credentials(account, account.owner(), true, presented.apiKey());
  }

  /**
   * The account of a template administration request ({@code action}: create, list, get, update,
   * delete), which needs its master key: CARTO's checks, statuses and messages, in CARTO's order.
   * An unknown user answers as a wrong key does (403 without a key, 401 with one), not 404.
   */
  public Account administrator(
      String prefix, HttpHeaders headers, RequestParams params, String bodyKey, String action) {
    return administrator(
        MapResource.pathUser(prefix),
        headers.getHeaderString(HttpHeaders.HOST),
        presented(headers, params, bodyKey),
        action);
  }

  Account administrator(String pathUser, String host, Presented presented, String action) {
    if (presented.apiKey() == null) {
      throw WindlassException.withStatus(
          403, "Only authenticated users can " + action + " templated maps");
    }
    Account account =
        accounts.find(accounts.userName(pathUser, host)).orElseThrow(Callers::unauthorized);
    checkMasterKey(account, presented);
    return account;
  }

  /** CARTO's order: an unknown key is 401 before a Basic user name of another account is 403. */
  private static void checkMasterKey(Account account, Presented presented) {
    if (!account.isMasterKey(presented.apiKey())) throw unauthorized();
    if (presented.basicUser() != null && !presented.basicUser().equals(account.name())) {
      throw new WindlassException(
          403,
          List.of(new ErrorDetail("auth", "Forbidden", "api-key-username-mismatch", null)),
          null);
    }
  }

  private static Presented presented(HttpHeaders headers, RequestParams params, String bodyKey) {
    return Presented.of(
        headers.getHeaderString(HttpHeaders.AUTHORIZATION),
        params.get("api_key"),
        params.get("map_key"),
        bodyKey);
  }

  private static WindlassException unauthorized() {
    return new WindlassException(
        401, List.of(new ErrorDetail("auth", "Unauthorized", "api-key-not-found", null)), null);
  }
}
