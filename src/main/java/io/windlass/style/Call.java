package io.windlass.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function call {@code name(args)}: carto's colour and image-filter functions are evaluated
 * ({@link ColorFunctions}); Mapnik functions (e.g. {@code translate(1,2)} or {@code
 * colorize-alpha(...)}) are checked against the reference's argument counts and passed through.
 */
record Call(String name, List<Node> args, int index, int file) implements Node {

  @Override
  public Node ev(Env env) {
    List<Node> evaluated = new ArrayList<>();
    for (Node a : args) {
      Node v = a.ev(env);
      evaluated.add(v);
    }
    for (Node v : evaluated) {
      if (v instanceof Undefined) {
        return Undefined.INSTANCE;
      }
    }
    Integer arity = ColorFunctions.arity(name);
    if (arity != null) {
      if (arity > evaluated.size()) {
        env.error(
            file,
            index,
            "incorrect number of arguments for " + name + "(). " + arity + " expected.");
        return Undefined.INSTANCE;
      }
      Node out = ColorFunctions.apply(name, evaluated);
      if (out == null) {
        env.error(file, index, "incorrect arguments given to " + name + "()");
        return Undefined.INSTANCE;
      }
      return out;
    }
    Map<String, List<Integer>> fns = Reference.V3_0_6.mapnikFunctions();
    List<Integer> fn = fns.get(name);
    if (fn == null) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String candidate : fns.keySet()) {
        int d = Reference.editDistance(name, candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
      String arityText =
          fns.get(best).size() == 1 ? "" + fns.get(best).get(0) : joinInts(fns.get(best));
      env.error(
          file,
          index,
          "unknown function " + name + "(), did you mean " + best + "(" + arityText + ")");
      return Undefined.INSTANCE;
    }
    boolean ok = fn.contains(evaluated.size()) || (fn.size() == 1 && fn.get(0) == -1);
    if (!ok) {
      String fnText = fn.size() == 1 ? "" + fn.get(0) : joinInts(fn);
      env.error(
          file,
          index,
          "function "
              + name
              + "() takes "
              + fnText
              + " arguments and was given "
              + evaluated.size());
      return Undefined.INSTANCE;
    }
    return new Call(name, evaluated, index, file);
  }

  private static String joinInts(List<Integer> xs) {
    StringBuilder sb = new StringBuilder();
    for (Integer x : xs) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(x);
    }
    return sb.toString();
  }

  @Override
  public String is() {
    return "call";
  }

  @Override
  public String text() {
    return args.isEmpty() ? name : name + "(" + Node.join(args, ",") + ")";
  }
}
