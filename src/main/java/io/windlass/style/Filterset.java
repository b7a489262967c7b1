package io.windlass.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of one selector, kept in carto's simplest canonical form (carto 0.16.3's {@code
 * tree.Filterset}): keyed by {@code key+op} ({@code key+op+value} for {@code !=} and {@code =~}),
 * in insertion order. {@link #cloneWith} combines two sets and tells whether the combination is
 * impossible ({@link #IMPOSSIBLE}), adds nothing ({@code null}) or is a new set.
 */
final class Filterset {

  /** Marker returned by {@link #cloneWith} when the combined filters can never match. */
  static final Filterset IMPOSSIBLE = new Filterset();

  private Map<String, Filter> filters = new LinkedHashMap<>();
  private String key;

  Filterset copy() {
    Filterset c = new Filterset();
    c.filters.putAll(filters);
    return c;
  }

  Iterable<Filter> filters() {
    return filters.values();
  }

  boolean isEmpty() {
    return filters.isEmpty();
  }

  /** carto's {@code toString}: sorted filter ids joined by tabs (the key of {@code byFilter}). */
  String key() {
    if (key != null) {
      return key;
    }
    List<String> ids = new ArrayList<>();
    for (Filter f : filters.values()) {
      ids.add(f.id());
    }
    ids.sort(null);
    key = String.join("\t", ids);
    return key;
  }

  /** Re-adds every filter after evaluating variables in them, as carto's {@code Filterset.ev}. */
  void ev(Env env) throws StyleException {
    for (Filter f : filters.values()) {
      f.ev(env);
    }
    Filterset result = new Filterset();
    for (Filter f : filters.values()) {
      String err = result.add(f);
      if (err != null) {
        throw new StyleException(err);
      }
    }
    filters = result.filters;
    key = null;
  }

  Filterset cloneWith(Filterset other) {
    List<Filter> additions = new ArrayList<>();
    for (Filter f : other.filters.values()) {
      Boolean status = addable(f);
      if (status == Boolean.FALSE) {
        return IMPOSSIBLE;
      }
      if (status == Boolean.TRUE) {
        additions.add(f);
      }
    }
    if (additions.isEmpty()) {
      return null;
    }
    Filterset clone = copy();
    clone.key = null;
    for (Filter f : additions) {
      clone.add(f);
    }
    return clone;
  }

  private Filter get(String k) {
    return filters.get(k);
  }

  private static Object v(Filter f) {
    return f.valText();
  }

  /** TRUE: adding changes the set; FALSE: contradiction; null: already implied. */
  Boolean addable(Filter filter) {
    String key = filter.keyText();
    Object value = filter.addValue();
    Filter eq = get(filter.lookupKey(0));
    Filter gt = get(filter.lookupKey(1));
    Filter lt = get(filter.lookupKey(2));
    Filter ge = get(filter.lookupKey(3));
    Filter le = get(filter.lookupKey(4));
    switch (filter.op()) {
      case "=":
        if (eq != null) {
          return JsCompare.looseEquals(eq.valText(), value) ? null : Boolean.FALSE;
        }
        if (get(key + "!=" + valueString(value)) != null) {
          return false;
        }
        if (gt != null && JsCompare.ge(v(gt), value)) {
          return false;
        }
        if (lt != null && JsCompare.le(v(lt), value)) {
          return false;
        }
        if (ge != null && JsCompare.gt(v(ge), value)) {
          return false;
        }
        if (le != null && JsCompare.lt(v(le), value)) {
          return false;
        }
        return true;
      case "=~":
        return true;
      case "!=":
        if (eq != null) {
          return JsCompare.looseEquals(v(eq), value) ? Boolean.FALSE : null;
        }
        if (get(key + "!=" + valueString(value)) != null) {
          return null;
        }
        if (gt != null && JsCompare.ge(v(gt), value)) {
          return null;
        }
        if (lt != null && JsCompare.le(v(lt), value)) {
          return null;
        }
        if (ge != null && JsCompare.gt(v(ge), value)) {
          return null;
        }
        if (le != null && JsCompare.lt(v(le), value)) {
          return null;
        }
        return true;
      case ">":
        if (eq != null) {
          return JsCompare.le(v(eq), value) ? Boolean.FALSE : null;
        }
        if (lt != null && JsCompare.le(v(lt), value)) {
          return false;
        }
        if (le != null && JsCompare.le(v(le), value)) {
          return false;
        }
        if (gt != null && JsCompare.ge(v(gt), value)) {
          return null;
        }
        if (ge != null && JsCompare.gt(v(ge), value)) {
          return null;
        }
        return true;
      case ">=":
        if (eq != null) {
          return JsCompare.lt(v(eq), value) ? Boolean.FALSE : null;
        }
        if (lt != null && JsCompare.le(v(lt), value)) {
          return false;
        }
        if (le != null && JsCompare.lt(v(le), value)) {
          return false;
        }
        if (gt != null && JsCompare.ge(v(gt), value)) {
          return null;
        }
        if (ge != null && JsCompare.ge(v(ge), value)) {
          return null;
        }
        return true;
      case "<":
        if (eq != null) {
          return JsCompare.ge(v(eq), value) ? Boolean.FALSE : null;
        }
        if (gt != null && JsCompare.ge(v(gt), value)) {
          return false;
        }
        if (ge != null && JsCompare.ge(v(ge), value)) {
          return false;
        }
        if (lt != null && JsCompare.le(v(lt), value)) {
          return null;
        }
        if (le != null && JsCompare.lt(v(le), value)) {
          return null;
        }
        return true;
      case "<=":
        if (eq != null) {
          return JsCompare.gt(v(eq), value) ? Boolean.FALSE : null;
        }
        if (gt != null && JsCompare.ge(v(gt), value)) {
          return false;
        }
        if (ge != null && JsCompare.gt(v(ge), value)) {
          return false;
        }
        if (lt != null && JsCompare.le(v(lt), value)) {
          return null;
        }
        if (le != null && JsCompare.le(v(le), value)) {
          return null;
        }
        return true;
      default:
        return null;
    }
  }

  /** How JavaScript prints {@code value} when concatenated into a key. */
  private static String valueString(Object value) {
    return value instanceof Double d ? JsNumber.format(d) : (String) value;
  }

  /**
   * carto's {@code conflict}: a message when {@code filter} contradicts an {@code =} or {@code !=}.
   */
  private String conflict(Filter filter) {
    String key = filter.keyText();
    String raw = filter.valText();
    double pf = JsCompare.parseFloat(raw);
    Object value = Double.isNaN(pf) ? raw : (Object) pf;
    Filter eq = get(filter.lookupKey(0));
    Filter ne = get(key + "!=");
    String op = filter.op();
    if ((op.equals("=") && eq != null && !JsCompare.looseEquals(value, eq.valText()))
        || (op.equals("!=") && eq != null && JsCompare.looseEquals(value, eq.valText()))
        || (op.equals("=") && ne != null && JsCompare.looseEquals(value, ne.valText()))) {
      return filter + " added to " + key() + " produces an invalid filter";
    }
    return null;
  }

  /** Adds a filter cleared by {@link #addable}; returns a conflict message or null. */
  String add(Filter filter) {
    key = null;
    String key = filter.keyText();
    String op = filter.op();
    String conflict = conflict(filter);
    if (conflict != null) {
      return conflict;
    }
    Object fval = filter.valText();
    switch (op) {
      case "=":
        filters.values().removeIf(f -> f.keyText().equals(key));
        filters.put(filter.lookupKey(0), filter);
        break;
      case "!=":
        filters.put(key + "!=" + filter.valText(), filter);
        break;
      case "=~":
        filters.put(key + "=~" + filter.valText(), filter);
        break;
      case ">":
        filters.put(filter.lookupKey(1), filter);
        break;
      case ">=":
        filters.values().removeIf(f -> f.keyText().equals(key) && numLt(f, fval));
        if (filters.remove(key + "!=" + filter.valText()) != null) {
          filter.op(">");
          filters.put(filter.lookupKey(1), filter);
        } else {
          filters.put(filter.lookupKey(3), filter);
        }
        break;
      case "<":
        filters.values().removeIf(f -> f.keyText().equals(key) && numGe(f, fval));
        filters.put(filter.lookupKey(2), filter);
        break;
      case "<=":
        filters.values().removeIf(f -> f.keyText().equals(key) && numGt(f, fval));
        if (filters.remove(key + "!=" + filter.valText()) != null) {
          filter.op("<");
          filters.put(filter.lookupKey(2), filter);
        } else {
          filters.put(filter.lookupKey(4), filter);
        }
        break;
      default:
        break;
    }
    return null;
  }

  private static boolean numLt(Filter f, Object val) {
    return JsCompare.lt(Filter.jsNumber(f.valText()), val);
  }

  private static boolean numGe(Filter f, Object val) {
    return JsCompare.ge(Filter.jsNumber(f.valText()), val);
  }

  private static boolean numGt(Filter f, Object val) {
    return JsCompare.gt(Filter.jsNumber(f.valText()), val);
  }

  /** The Mapnik filter expression, {@code (a) and (b)}, or "" when there is no filter. */
  String toExpression(Env env) {
    StringBuilder sb = new StringBuilder();
    for (Filter f : filters.values()) {
      if (sb.length() > 0) {
        sb.append(" and ");
      }
      sb.append('(').append(f.toExpression(env).trim()).append(')');
    }
    return sb.toString();
  }
}
