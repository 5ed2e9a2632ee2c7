def log = new File(basedir, 'build.log').text
assert log.count('leakguard: skipped (leakguard.skip)') == 2 : 'check and review'
assert log.contains(':review (default) @ check-skip')
assert !log.contains('[Unbounded')
assert log.contains('This plugin has 6 goals:')
['leakguard:aggregate', 'leakguard:baseline', 'leakguard:check', 'leakguard:facts', 'leakguard:help', 'leakguard:review'].each { assert log.contains(it) : it }
assert !new File(basedir, 'target/leakguard').exists() : 'a skipped run writes no report'
true
