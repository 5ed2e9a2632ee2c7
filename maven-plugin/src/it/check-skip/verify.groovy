def log = new File(basedir, 'build.log').text
assert log.contains('leakguard: skipped (leakguard.skip)')
assert !log.contains('[Unbounded')
assert !new File(basedir, 'target/leakguard').exists() : 'a skipped run writes no report'
true
