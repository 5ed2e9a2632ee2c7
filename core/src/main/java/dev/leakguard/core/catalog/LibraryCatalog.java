package dev.leakguard.core.catalog;

/**
 * What leakguard knows of one library's containers. A new library is one implementation plus
 * conformance cases; {@link Catalog#buildDefault()} lists them in a fixed order.
 */
public interface LibraryCatalog {
  void contribute(Catalog.Builder catalog);
}
