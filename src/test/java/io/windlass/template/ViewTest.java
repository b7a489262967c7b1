package io.windlass.template;

import static io.windlass.template.TestJson.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** §1.10: view and preview_layers of static named maps. */
class ViewTest {
  private static final String THREE_LAYERS =
      "'layergroup':{'layers':[{'options':{}},{'options':{}},{'id':'layer2','options':{}}]}";

  private static Template withView(String view) {
    return Template.parse(body(THREE_LAYERS + (view == null ? "" : ",'view':" + view)));
  }

  static Stream<Arguments> previewLayers() {
    return Stream.of(
        Arguments.of("{'preview_layers':{'0':true,'1':false,'layer2':false}}", List.of(0)),
        Arguments.of("{'preview_layers':{}}", List.of(0, 1, 2)),
        Arguments.of("{'preview_layers':{'1':false}}", List.of(0, 2)),
        Arguments.of("{'preview_layers':{'layer2':false}}", List.of(0, 1)),
        Arguments.of("{'preview_layers':{'2':true,'layer2':false}}", List.of(0, 1)),
        Arguments.of("{'preview_layers':{'0':'false','1':0,'2':null}}", List.of(0, 1, 2)),
        // a layer without id looks up "undefined", as in CARTO
        Arguments.of("{'preview_layers':{'undefined':false}}", List.of(2)),
        Arguments.of("{'preview_layers':[false,true]}", List.of(1, 2)),
        Arguments.of("{'preview_layers':true}", List.of(0, 1, 2)));
  }

  @ParameterizedTest
  @MethodSource("previewLayers")
  void visibleLayers(String view, List<Integer> expected) {
    assertEquals(Optional.of(expected), withView(view).previewLayers());
  }

  static Stream<String> noFilterChange() {
    return Stream.of(
        null,
        "{}",
        "{'zoom':3}",
        "{'preview_layers':null}",
        "{'preview_layers':false}",
        "{'preview_layers':{'0':false,'1':false,'2':false}}",
        "{'preview_layers':{'0':false,'1':false,'layer2':false}}");
  }

  @ParameterizedTest
  @MethodSource("noFilterChange")
  void absentOrAllHiddenLeavesTheFilter(String view) {
    assertEquals(Optional.empty(), withView(view).previewLayers());
  }

  @Test
  void fullView() {
    var view =
        withView(
                "{'zoom':4,'center':{'lng':10.5,'lat':-20},'bounds':{'west':-45,'south':-45,'east':45,'north':45}}")
            .view()
            .orElseThrow();
    assertEquals(OptionalInt.of(4), view.zoom());
    assertArrayEquals(new double[] {10.5, -20}, view.center().orElseThrow());
    assertArrayEquals(new double[] {-45, -45, 45, 45}, view.bounds().orElseThrow());
  }

  @Test
  void absentView() {
    assertEquals(Optional.empty(), withView(null).view());
    assertEquals(Optional.empty(), withView("null").view());
    var empty = withView("{}").view().orElseThrow();
    assertTrue(empty.zoom().isEmpty() && empty.center().isEmpty() && empty.bounds().isEmpty());
  }

  static Stream<Arguments> zooms() {
    return Stream.of(
        Arguments.of("0", OptionalInt.of(0)),
        Arguments.of("'4'", OptionalInt.of(4)),
        Arguments.of("4.7", OptionalInt.of(4)),
        Arguments.of("null", OptionalInt.of(0)), // Number(null) is 0
        Arguments.of("'abc'", OptionalInt.empty()),
        Arguments.of("{}", OptionalInt.empty()));
  }

  @ParameterizedTest
  @MethodSource("zooms")
  void zoom(String zoom, OptionalInt expected) {
    assertEquals(expected, withView("{'zoom':" + zoom + "}").view().orElseThrow().zoom());
  }

  @Test
  void centerNeedsNumericLngAndLat() {
    assertTrue(withView("{'center':{'lng':1}}").view().orElseThrow().center().isEmpty());
    assertTrue(withView("{'center':{'lng':'x','lat':1}}").view().orElseThrow().center().isEmpty());
    assertTrue(withView("{'center':{}}").view().orElseThrow().center().isEmpty());
    assertArrayEquals(
        new double[] {1, 2},
        withView("{'center':{'lng':'1','lat':2}}").view().orElseThrow().center().orElseThrow());
  }

  @Test
  void boundsNeedFourFiniteJsonNumbers() {
    assertTrue(
        withView("{'bounds':{'west':-45,'south':-45,'east':45}}")
            .view()
            .orElseThrow()
            .bounds()
            .isEmpty());
    assertTrue(
        withView("{'bounds':{'west':-45,'south':-45,'east':45,'north':'45'}}")
            .view()
            .orElseThrow()
            .bounds()
            .isEmpty());
    assertTrue(
        withView("{'bounds':{'west':-45,'south':-45,'east':45,'north':1e400}}")
            .view()
            .orElseThrow()
            .bounds()
            .isEmpty());
  }
}
