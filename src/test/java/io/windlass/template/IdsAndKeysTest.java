package io.windlass.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsAndKeysTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {"foo|foo", "@foo|foo", "user@foo|foo", "a@b@c|b", "a@|''", "@|''", "''|''"})
  void templateNameOfPathSegment(String segment, String name) {
    assertEquals(name, TemplateIds.nameOf(segment));
  }

  @ParameterizedTest
  @CsvSource({"localhost,x_cache,n:T2SPgo", "localhost,acceptance,n:j2WIn2"})
  void namedMapKeys(String user, String template, String key) {
    assertEquals(key, SurrogateKeys.named(user, template));
  }

  @ParameterizedTest
  @CsvSource({
    "test_windshaft_cartodb_user_1_db,public,test_table,t:77pJnX",
    "test_windshaft_cartodb_user_1_db,public,test_table_private_1,t:ckLFOh"
  })
  void tableKeys(String db, String schema, String table, String key) {
    assertEquals(key, SurrogateKeys.table(db, schema, table));
  }
}
