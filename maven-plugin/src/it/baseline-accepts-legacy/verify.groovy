import groovy.json.JsonSlurper

def baseline = new File(basedir, 'leakguard-baseline.json')
assert baseline.isFile()
def json = new JsonSlurper().parse(baseline)
assert json.version == 1
assert json.fingerprints == [
    'UnboundedSingletonCollection:dev.leakguard.examples.casestudy.ResultCache.results',
    'UnboundedStaticCollection:dev.leakguard.examples.casestudy.DataTransformer.transformationHistory']

def log = new File(basedir, 'build.log').text
assert log.contains('leakguard: 2 findings are accepted by the baseline leakguard-baseline.json')
assert !log.contains('no longer match')
assert new File(basedir, 'target/leakguard/leakguard.sarif').isFile()
true
