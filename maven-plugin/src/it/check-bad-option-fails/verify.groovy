// The documented property is a leakguard parameter (no "is not a leakguard parameter" warning), and a
// value that is not true or false fails the build with a message naming it, not taken as false.
def log = new File(basedir, 'build.log').text
assert log.contains("leakguard: parameter 'requireGrowthEvidence' (leakguard.requireGrowthEvidence) must be true or false, not 'maybe'")
assert !log.contains('is not a leakguard parameter')
assert !log.contains('[Unbounded')
true
