import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def src = new File(basedir, '../../../../examples/case-study/src/main/java/dev/leakguard/examples/casestudy').canonicalFile
def lineOf = { String file, String text -> new File(src, file).readLines().findIndexOf { it.contains(text) } + 1 }

int historyDecl = lineOf('DataTransformer.java', 'transformationHistory = new HashMap')
int historyPut = lineOf('DataTransformer.java', 'transformationHistory.put(')
int resultsDecl = lineOf('ResultCache.java', 'results = new HashMap')
int resultsPut = lineOf('ResultCache.java', 'results.put(')
assert historyDecl > 0 && historyPut > 0 && resultsDecl > 0 && resultsPut > 0

// file:line: [RuleId] message, with the growth site in the message and on its own line.
assert log.contains("DataTransformer.java:${historyDecl}: [UnboundedStaticCollection] Static map 'DataTransformer.transformationHistory' grows at DataTransformer.java:${historyPut} in 'transform'")
assert log.contains("ResultCache.java:${resultsDecl}: [UnboundedSingletonCollection] Map 'ResultCache.results' of singleton 'ResultCache' grows at ResultCache.java:${resultsPut} in 'store'")
assert log.contains("grows at ${src.path.replace('\\', '/')}/DataTransformer.java:${historyPut} in 'transform'")
assert log.contains("grows at ${src.path.replace('\\', '/')}/ResultCache.java:${resultsPut} in 'store'")
assert log.findAll(/\[ERROR\] .*: \[Unbounded\w+\] /).size() == 2 : 'exactly the two findings'
assert log.contains('2 unbounded collections; see target/leakguard/leakguard.txt')

def sarif = new File(basedir, 'target/leakguard/leakguard.sarif')
assert sarif.isFile()
def results = new JsonSlurper().parse(sarif).runs[0].results
assert results*.ruleId.sort() == ['UnboundedSingletonCollection', 'UnboundedStaticCollection']
assert new File(basedir, 'target/leakguard/leakguard.txt').text.contains('confidence: high')

// The README's sample blocks marked <!-- sample:begin src/it/check-fails-on-leak --> are this log,
// with paths shown relative to the example project (as a build in examples/case-study prints them).
def project = new File(basedir, '../../../../examples/case-study').canonicalPath.replace('\\', '/') + '/'
def shown = log.replace(project, '')
def readme = new File(basedir, '../../../README.md').text
def samples = (readme =~ /(?s)<!-- sample:begin src\/it\/check-fails-on-leak -->\s*```\n(.*?)```\s*<!-- sample:end -->/)
assert samples.size() >= 1 : 'the README has sample blocks of this test'
samples.each { block ->
  block[1].readLines().each { line -> assert shown.contains(line) : "README sample line not in the build log: ${line}" }
}
true
