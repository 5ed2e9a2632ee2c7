import groovy.json.JsonSlurper

// One build.log for the six invocations of invoker.properties, in order.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] BUILD SUCCESS/)
assert runs.length == 7 : 'six successful invocations'
def registries = 'core/src/main/java/com/acme/core/Registries.java'
def sessions = "${registries}:10: [UnboundedStaticCollection] Static map 'Registries.SESSIONS' grows at Handler.java:7 in 'handle'"
def jobs = "${registries}:11: [UnboundedStaticCollection] Static deque 'Registries.JOBS' grows at Handler.java:8 in 'handle'"

// 1. -T 2 clean install: core and batch report nothing (JOBS is grown and evicted in batch); web
//    reports the map core declares, at core's field, with web's growth site.
def whole = runs[0]
assert whole.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert whole.contains('leakguard: with the facts of dev.leakguard.it:core (core/target/leakguard/facts.lgf)')
assert whole.count(sessions) == 1 : whole
assert !whole.contains('JOBS')
assert whole.contains('leakguard: facts of 1 file analysed')
def jar = new java.util.jar.JarFile(new File(basedir, 'core/target/core-1.0.jar'))
assert jar.getEntry('META-INF/leakguard/facts.lgf') != null : 'core publishes its facts in its jar'

// 2. -pl web -am: the same, from the reactor.
assert runs[1].contains('with the facts of dev.leakguard.it:core (core/target/leakguard/facts.lgf)')
assert runs[1].count(sessions) == 1

// 3. -pl web: core comes from the local repository; its jar carries the facts.
assert runs[2].contains('leakguard: with the facts of dev.leakguard.it:core (core-1.0.jar)')
assert runs[2].count(sessions) == 1
assert !runs[2].contains('Building core')

// 4. An edit adds growth of JOBS in web: caught, with only the edited file parsed again.
assert runs[3].contains('leakguard: facts of 2 files analysed') && runs[3].contains('(1 from the cache)') : runs[3]
assert runs[3].count(sessions) == 1 && runs[3].count(jobs) == 1 : runs[3]

// web's SARIF: core's field outside the module is named by its file URI (no base id), the growth
// site relative to the module; the fingerprint is the holder's, as core's own build would give it.
def sarif = new JsonSlurper().parse(new File(basedir, 'web/target/leakguard/leakguard.sarif')).runs[0]
def session = sarif.results.find { it.partialFingerprints['leakguardFingerprint/v1'] == 'UnboundedStaticCollection:com.acme.core.Registries.SESSIONS' }
assert session != null
def field = session.locations[0].physicalLocation.artifactLocation
assert field.uri == new File(basedir, registries).canonicalFile.toPath().toUri().toString() : field
assert field.uriBaseId == null
assert session.relatedLocations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/acme/web/Handler.java'
// 5. leakguard:aggregate and 6. check -Daggregate=true (-T 2): one report for the build, every
//    path relative to the root; the same two findings, core's fields grown in web.
assert runs[4].contains('leakguard: build report of 3 modules: 2 unbounded collections in 1 file')
assert runs[5].contains('leakguard: build report of 3 modules: 2 unbounded collections in 1 file')
['target/by-goal', 'target/leakguard'].each { dir ->
  def run = new JsonSlurper().parse(new File(basedir, "${dir}/leakguard.sarif")).runs[0]
  assert run.originalUriBaseIds.SRCROOT.uri == basedir.canonicalFile.toPath().toUri().toString()
  assert run.results.size() == 2
  run.results.each { r ->
    assert r.locations[0].physicalLocation.artifactLocation.uri == registries
    assert r.locations[0].physicalLocation.artifactLocation.uriBaseId == 'SRCROOT'
    assert r.relatedLocations*.physicalLocation*.artifactLocation*.uri == ['web/src/main/java/com/acme/web/Handler.java']
  }
  def summary = new File(basedir, "${dir}/summary.md").text
  assert summary.contains('### leakguard (`3 modules`): 2 unbounded collections in 1 file') : summary
}
true
