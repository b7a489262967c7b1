package io.windlass.template;

/** Template ids as they appear in URL paths (spec §1.4). */
public final class TemplateIds {
  private TemplateIds() {}

  /**
   * The template name of a {@code :template_id} path segment: the second {@code @}-separated piece
   * when there is any {@code @} ({@code user@foo} and {@code @foo} give {@code foo}, {@code a@b@c}
   * gives {@code b}, {@code a@} gives the empty name), else the whole segment.
   */
  public static String nameOf(String pathSegment) {
    String[] pieces = pathSegment.split("@", -1); // -1 keeps trailing empty pieces, as JavaScript
    return pieces.length > 1 ? pieces[1] : pieces[0];
  }
}
