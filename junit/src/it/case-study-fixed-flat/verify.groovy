// examples/case-study-fixed under the same load: the history (flushed at 900 entries) and the
// cache (at most 1,000 results) stay flat, so the load test and leakguard:check pass.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
def project = new File(basedir, '../../../../examples/case-study-fixed').canonicalFile
def pkg = 'dev.leakguard.examples.casestudy.'

assert log.contains('leakguard runtime confirmation: LoadTest#request, 10,000 iterations')
assert log.contains('BUILD SUCCESS')

def runtime = new JsonSlurper().parse(new File(project, 'target/leakguard/runtime.json'))
def byHolder = runtime.holders.collectEntries { [(it.holder): it] }
assert byHolder.keySet() == [pkg + 'DataTransformer.history', pkg + 'ResultCache.results'] as Set
byHolder.values().each { h -> assert h.verdict == 'flat' }
assert byHolder[pkg + 'DataTransformer.history'].sizes.every { it < 900 }
assert byHolder[pkg + 'ResultCache.results'].sizes.every { it <= 1000 + 100 } // Caffeine evicts a little after the write
return true
