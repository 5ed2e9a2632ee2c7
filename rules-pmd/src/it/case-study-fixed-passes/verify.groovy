// The fixed case study (examples/case-study-fixed: the audit history flushed to a sink past a size,
// the result cache a Caffeine cache with maximumSize) passes pmd:check.
String log = new File(basedir, 'build.log').text

// Maven 3.8 logs 'maven-pmd-plugin:3.28.0:check', Maven 3.9 'pmd:3.28.0:check'.
assert log =~ /(maven-)?pmd(-plugin)?:3\.28\.0:check/
assert !log.contains('PMD Failure:')
assert log.contains('BUILD SUCCESS')

File report = new File(basedir, '../../../../examples/pmd/target/pmd.xml')
assert report.isFile()
assert !report.text.contains('<violation')
return true
