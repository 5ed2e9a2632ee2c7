import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('leakguard: 2 findings are accepted by the baseline leakguard-baseline.json')
assert log.contains('leakguard: 1 baseline entry no longer matches: UnboundedStaticCollection:dev.leakguard.examples.casestudy.TransformServer.sessions — run leakguard:baseline to shrink it')
def results = { String m -> new JsonSlurper().parse(new File(basedir, "${m}/target/leakguard/leakguard.sarif")).runs[0].results }
assert results('leaky').size() == 2
assert results('fixed').isEmpty()
assert log.contains('leakguard: skipped, no Java sources in reactor-parallel (packaging pom)')
assert !new File(basedir, 'target/leakguard').exists() : 'the pom parent writes no reports'
assert !new File(basedir, 'leakguard-baseline.json').exists()
def summary = { String m -> new File(basedir, "${m}/target/leakguard/summary.md").text }
assert summary('leaky').contains('### leakguard (`leaky`): no unbounded collections') : summary('leaky')
assert summary('leaky').contains('2 findings are accepted by the baseline.') : summary('leaky')
assert summary('fixed').contains('### leakguard (`fixed`): no unbounded collections') : summary('fixed')
true
