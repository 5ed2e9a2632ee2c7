import groovy.json.JsonSlurper

def fingerprints = new JsonSlurper().parse(new File(basedir, 'leakguard-baseline.json')).fingerprints
assert fingerprints.size() == 2 && !fingerprints.any { it.contains('ExportLog') }

def log = new File(basedir, 'build.log').text
int add = new File(basedir, 'src/change/java/dev/leakguard/examples/casestudy/ExportLog.java').readLines().findIndexOf { it.contains('exports.add(') } + 1
assert log.contains("[ERROR] src/change/java/dev/leakguard/examples/casestudy/ExportLog.java:8: [UnboundedStaticCollection] Static list 'ExportLog.exports' grows at ExportLog.java:${add} in 'exported'")
assert log.findAll(/\[ERROR\] .*: \[Unbounded\w+\] /).size() == 1 : 'the legacy findings stay accepted'
assert log.contains('leakguard: 2 findings are accepted by the baseline leakguard-baseline.json')
assert log.contains('1 unbounded collection not in the baseline; see target/leakguard/leakguard.txt')
true
