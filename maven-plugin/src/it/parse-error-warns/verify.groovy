def log = new File(basedir, 'build.log').text
assert log.find(/\[WARNING\] src\/broken\/java\/com\/acme\/HalfMerged\.java:\d+: does not parse: .* \(not analysed\)/)
assert log.contains('[UnboundedStaticCollection]') && log.contains('[UnboundedSingletonCollection]')
assert log.contains('2 unbounded collections; see target/leakguard/leakguard.txt')
assert !log.contains('could not be analysed (failOnParseError)')
true
