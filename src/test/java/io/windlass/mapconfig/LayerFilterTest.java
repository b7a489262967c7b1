package io.windlass.mapconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.WindlassException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerFilterTest {
  static final MapConfig CONFIG =
      MapConfig.parse(
          (ObjectNode)
              JsonText.parse(
                  ("{'layers':["
                          + "{'type':'plain','options':{'color':'red'}},"
                          + "{'options':{'sql':'select 1','cartocss':'#l{}','cartocss_version':'2.3.0'}},"
                          + "{'id':'roads','options':{'sql':'select 1','cartocss':'#l{}','cartocss_version':'2.3.0'}},"
                          + "{'type':'http','options':{'urlTemplate':'x'}}]}")
                      .replace('\'', '"')));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL | 1,2",
        "all | 0,1,2,3",
        "mapnik | 1,2",
        "plain | 0",
        "http | 3",
        "torque | ''",
        "2,0 | 0,2",
        "2,2 | 2",
        "roads | 2",
        "layer0,roads | 1,2",
        "plain-layer0 | 0"
      })
  void selectsLayers(String filter, String expected) {
    var indexes = LayerFilter.resolve(filter, CONFIG).stream().map(Layer::index).toList();
    var want =
        expected.isEmpty()
            ? List.<Integer>of()
            : java.util.Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
    assertEquals(want, indexes);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4 | Layer '4' not found in layergroup",
        "0,4 | Invalid layer filtering",
        "-1,0 | Invalid layer filtering",
        "0,roads | Invalid layer filtering",
        "cartodb | Invalid layer filtering",
        "wadus | Invalid layer filtering",
        "blend | Invalid layer filtering"
      })
  void rejectsBadFilters(String filter, String message) {
    var e = assertThrows(WindlassException.class, () -> LayerFilter.resolve(filter, CONFIG));
    assertEquals(message, e.getMessage());
    assertEquals(400, e.status());
  }
}
