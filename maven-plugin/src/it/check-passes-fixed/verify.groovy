import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('leakguard: 6 files in 1 source root analysed: 0 unbounded collections')
assert !log.contains('[Unbounded')
def sarif = new File(basedir, 'target/leakguard/leakguard.sarif')
assert sarif.isFile() : 'the SARIF report is written on a clean run too'
assert new JsonSlurper().parse(sarif).runs[0].results.isEmpty()
true
