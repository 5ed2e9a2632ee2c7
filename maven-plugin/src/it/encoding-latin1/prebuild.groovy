// Written here, in ISO-8859-1, so that the repository holds no file in a legacy encoding.
def file = new File(basedir, 'src/main/java/de/shop/Größen.java')
file.parentFile.mkdirs()
file.setText('''\
package de.shop;

import java.util.HashMap;
import java.util.Map;

public class Größen {
  private static final Map<String, String> MAßE = new HashMap<>();

  public static void merke(String artikel, String maß) {
    enum Einheit { CM, M }
    MAßE.put(artikel, maß + Einheit.CM);
  }
}
''', 'ISO-8859-1')
true
