package io.windlass.style;

/**
 * Decodes the XML entities carto writes into attribute values, as Mapnik's XML parser reads them.
 */
final class Xml {

  private Xml() {}

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi > i) {
        String ent = s.substring(i + 1, semi);
        String rep = null;
        switch (ent) {
          case "amp":
            rep = "&";
            break;
          case "lt":
            rep = "<";
            break;
          case "gt":
            rep = ">";
            break;
          case "quot":
            rep = "\"";
            break;
          case "apos":
            rep = "'";
            break;
          default:
            if (ent.startsWith("#x")) {
              rep = new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
            } else if (ent.startsWith("#")) {
              rep = new String(Character.toChars(Integer.parseInt(ent.substring(1))));
            }
        }
        if (rep != null) {
          sb.append(rep);
          i = semi + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }
}
