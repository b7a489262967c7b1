package io.windlass.template;

import java.time.Duration;
import java.time.Instant;

/**
 * CARTO's per-account template limit (spec §1.5): a creation is refused once the account holds
 * {@code max} templates, and one that leaves it within 100 of the limit tells it so in the answer,
 * at most once in 30 days. A {@code max} of 0 means no limit, as in CARTO's configuration.
 */
public record TemplateLimit(long max) {
  /** CARTO's documented limit of templates per account. */
  public static final TemplateLimit CARTO = new TemplateLimit(4096);

  /** How close to the limit a creation must bring the account for it to be told. */
  static final long NEAR = 100;

  /** How long a near-limit notice stays told before the next creation repeats it. */
  public static final Duration NOTICE_INTERVAL = Duration.ofDays(30);

  /** 409 when {@code user}, holding {@code count} templates, may not create another. */
  public void checkCreate(String user, long count) {
    if (max > 0 && count >= max) throw TemplateErrors.limitReached(user, count, max);
  }

  /** Whether a creation that leaves the account with {@code countAfter} templates nears it. */
  public boolean near(long countAfter) {
    return max > 0 && countAfter >= max - NEAR;
  }

  /**
   * Whether an account near the limit is to be told (again) at {@code now}.
   *
   * @param lastNotice when it was last told, or null if never
   */
  public static boolean noticeDue(Instant lastNotice, Instant now) {
    return lastNotice == null || lastNotice.isBefore(now.minus(NOTICE_INTERVAL));
  }

  /** The {@code limit_message} of such a creation answer (CARTO's text: the user is unquoted). */
  public static String nearMessage(String user) {
    return "User " + user + " reaching the named maps limit";
  }
}
