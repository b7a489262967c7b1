package io.windlass.account;

/**
 * Who a request acts as: the account, and the database role its SQL runs as (the owner role for the
 * master key, the public role otherwise).
 *
 * @param apiKey the api key the request carried, or null (echoed into metadata URLs as CARTO does)
 */
public record Credentials(Account account, DbRole role, boolean master, String apiKey) {}
