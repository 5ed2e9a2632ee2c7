// Both builds log to build.log: the warning build first, then the failing ERROR build.
def log = new File(basedir, 'build.log').text

assert log.contains('[UnboundedStaticCollection] Static map \'DataTransformer.transformationHistory\' grows at DataTransformer.java:')
assert log.contains('[UnboundedSingletonCollection] Map \'ResultCache.')
assert log =~ /WARNING\].*DataTransformer\.java:\[\d+,\d+\] \[UnboundedStaticCollection\]/
assert log =~ /ERROR\].*DataTransformer\.java:\[\d+,\d+\] error: \[UnboundedStaticCollection\]/
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')
return true
