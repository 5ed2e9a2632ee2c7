def log = new File(basedir, 'build.log').text
assert log.findAll(/\[WARNING\] .*DataTransformer\.java:\d+: \[UnboundedStaticCollection\] /).size() == 1
assert log.findAll(/\[WARNING\] .*ResultCache\.java:\d+: \[UnboundedSingletonCollection\] /).size() == 1
assert !log.contains('unbounded collections; see')
assert new File(basedir, 'target/leakguard/leakguard.sarif').isFile()
true
