// Both builds log to build.log: the warning build first, then the failing ERROR build.
def log = new File(basedir, 'build.log').text

assert log.contains('[UnboundedStaticCollection] Static map \'DataTransformer.transformationHistory\' grows at DataTransformer.java:')
assert log.contains('[UnboundedSingletonCollection] Map \'ResultCache.')
assert log =~ /WARNING\].*DataTransformer\.java:\[\d+,\d+\] \[UnboundedStaticCollection\]/
assert log =~ /ERROR\].*DataTransformer\.java:\[\d+,\d+\] error: \[UnboundedStaticCollection\]/
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')

// The sample block of errorprone-checks/README.md is this log, paths relative to examples/case-study.
def shown = log.replaceAll(/\S*\/examples\/case-study\//, '')
def readme = new File(basedir, '../../../README.md').text
def samples = (readme =~ /(?s)<!-- sample:begin examples\/errorprone -->\s*```\n(.*?)```\s*<!-- sample:end -->/)
assert samples.size() == 1 : 'errorprone-checks/README.md has the sample block of this build'
samples[0][1].readLines().each { line -> assert shown.contains(line) : "README sample line not in the build log: ${line}" }
return true
