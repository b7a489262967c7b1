package io.windlass.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorStatusTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "permission denied for table test_table_private_1 | 403",
        "password authentication failed for user \"x\" | 403",
        "Postgis Plugin: ERROR:  column \"the_geom_webmercator\" does not exist | 400",
        "ERROR:  role \"x\" does not exist | 403",
        "function bogus(integer, integer) does not exist | 400",
        "relation \"nope\" does not exist | 404",
        "column \"missing\" does not exist | 404",
        "syntax error at or near \"selec\" | 400",
        "anything else | 400"
      })
  void derivesStatusFromMessageAsCarto(String message, int status) {
    assertEquals(status, ErrorStatus.fromMessage(message));
  }

  @Test
  void rewritesStatementTimeoutToTheLimitError() {
    var e =
        WindlassException.withDetail(
            ErrorDetail.of("canceling statement due to statement timeout"), null);
    assertEquals(429, e.status());
    assertEquals("limit", e.details().get(0).type());
    assertEquals("datasource", e.details().get(0).subtype());
    assertEquals(
        "You are over platform's limits: SQL query timeout error. Refactor your query before running again.",
        e.getMessage());
  }
}
