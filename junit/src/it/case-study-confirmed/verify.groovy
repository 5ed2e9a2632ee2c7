// examples/case-study under load: leakguard-junit confirms both reported holders at one entry per
// request (10,000 requests), the test fails naming them, runtime.json records it, and
// leakguard:check prints its two findings marked as confirmed at run time.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
def project = new File(basedir, '../../../../examples/case-study').canonicalFile
def pkg = 'dev.leakguard.examples.casestudy.'

assert log.contains('2 holders keep growing with the load in LoadTest#request')
assert log.contains(pkg + 'DataTransformer.transformationHistory: confirmed at 1.000 entries/iteration')
assert log.contains(pkg + 'ResultCache.results: confirmed at 1.000 entries/iteration')

def runtime = new JsonSlurper().parse(new File(project, 'target/leakguard/runtime.json'))
assert runtime.version == 1
assert runtime.holders.size() == 2
runtime.holders.each { h ->
  assert h.verdict == 'confirmed'
  assert Math.abs(h.entriesPerIteration - 1.0) < 0.01
  assert h.checkpoints == [1000, 2800, 4600, 6400, 8200, 10000]
}
assert runtime.runs[0].test == 'LoadTest#request'

assert log =~ /\[ERROR\] src\/main\/java\/dev\/leakguard\/examples\/casestudy\/DataTransformer.java:24: \[UnboundedStaticCollection\] .* \(confirmed at run time: 1\.000 entries\/iteration in LoadTest#request\)/
assert log =~ /\[ERROR\] src\/main\/java\/dev\/leakguard\/examples\/casestudy\/ResultCache.java:21: \[UnboundedSingletonCollection\] .* \(confirmed at run time: 1\.000 entries\/iteration in LoadTest#request\)/

def sarif = new JsonSlurper().parse(new File(project, 'target/leakguard/leakguard.sarif'))
def results = sarif.runs[0].results
assert results.size() == 2
results.each { r -> assert r.properties.runtime.verdict == 'confirmed' }
return true
