// The fixed case study (a bounded ArrayDeque, a Caffeine cache with maximumSize) passes pmd:check.
String log = new File(basedir, 'build.log').text

assert log.contains('maven-pmd-plugin:3.28.0:check')
assert !log.contains('PMD Failure:')
assert log.contains('BUILD SUCCESS')

File report = new File(basedir, '../../../../examples/pmd/target/pmd.xml')
assert report.isFile()
assert !report.text.contains('<violation')
return true
