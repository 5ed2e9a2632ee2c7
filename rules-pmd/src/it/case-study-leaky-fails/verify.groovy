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
return true
