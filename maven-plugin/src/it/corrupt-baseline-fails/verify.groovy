def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'leakguard-baseline.json').canonicalPath
assert log.contains("leakguard: baseline file ${file} is not valid JSON")
assert log.contains('write a new one with leakguard:baseline')
assert !log.contains('unbounded collections; see') : 'a broken baseline is an error, never an empty baseline'
true
