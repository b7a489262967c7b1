package io.windlass.service;

import io.windlass.account.Credentials;
import java.util.List;

/**
 * A tile as a URL asks for it.
 *
 * @param filter the layer filter segment, or null for the layer-less route
 * @param x the column as requested (may be negative or beyond 2^z: it wraps)
 * @param scale the retina factor ({@code @2x} → 2)
 * @param format the extension after the first dot ({@code png}, {@code grid.json}, ...)
 * @param authTokens the {@code auth_token} values of the query (named-map instances)
 */
public record TileRequest(
    Credentials who,
    String token,
    String filter,
    int z,
    long x,
    int y,
    int scale,
    String format,
    List<String> authTokens) {}
