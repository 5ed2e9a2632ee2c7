import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('not valid') : 'read in the build encoding'
assert log.contains("src/main/java/de/shop/Gr") && log.contains('.java:10: local enum \'Einheit\' read as an empty class')
assert log.contains('1 unbounded collection not in the baseline') || log.contains('1 unbounded collection;')
assert log.contains('see target/leakguard/leakguard.txt') : 'the failure points at the readable report'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/leakguard/leakguard.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].locations[0].logicalLocations[0].fullyQualifiedName == 'de.shop.Gr\u00f6\u00dfen.MA\u00dfE'
assert results[0].locations[0].physicalLocation.region.startLine == 7
true
