package conformance.crossfile.evictioncalledinpackage;

/** Reloading templates empties the cache: the reset runs in production. */
public final class ReloadListener {

  public void onReload() {
    TemplateCache.clearAll();
  }
}
