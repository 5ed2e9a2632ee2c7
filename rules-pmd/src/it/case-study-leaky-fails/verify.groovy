// pmd:check fails the leaky case study with exactly its two findings, each on its field's line.
String log = new File(basedir, 'build.log').text

assert log.contains('PMD Failure: dev.leakguard.examples.casestudy.DataTransformer:24 Rule:UnboundedStaticCollection Priority:2 '
    + "Static map 'DataTransformer.transformationHistory' grows at DataTransformer.java:45 in 'transform'")
assert log.contains('PMD Failure: dev.leakguard.examples.casestudy.ResultCache:21 Rule:UnboundedSingletonCollection Priority:2 '
    + "Map 'ResultCache.results' of singleton 'ResultCache' grows at ResultCache.java:30 in 'store'")
assert log.count('PMD Failure:') == 2
assert log.contains('has found 2 violations')

File report = new File(basedir, '../../../../examples/pmd/target/pmd.xml')
assert report.isFile()
assert report.text.count('<violation') == 2
// The README's sample block marked <!-- sample:begin src/it/case-study-leaky-fails --> is this log.
def readme = new File(basedir, '../../../README.md').text
def samples = (readme =~ /(?s)<!-- sample:begin src\/it\/case-study-leaky-fails -->\s*```\n(.*?)```\s*<!-- sample:end -->/)
assert samples.size() == 1 : 'the README has the sample block of this test'
samples[0][1].readLines().each { line -> assert log.contains(line) : "README sample line not in the build log: ${line}" }
return true
