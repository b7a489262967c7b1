package io.windlass.render;

/**
 * Where the renderer finds marker files by URL ({@code marker-file}): decoded and cached by the
 * caller, which also decides which URLs may be fetched at all.
 */
@FunctionalInterface
public interface MarkerImages {

  /** No marker files: markers that name one are not drawn. */
  MarkerImages NONE = url -> null;

  /** The decoded file, or null when it is not available (it is then not drawn). */
  MarkerImage get(String url);
}
