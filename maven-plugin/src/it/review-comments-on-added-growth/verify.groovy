import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'src/main/java/dev/leakguard/examples/casestudy/DataTransformer.java'
int put = new File(basedir, file).readLines().findIndexOf { it.contains('transformationHistory.put(newId') } + 1
assert put > 0

def review = new JsonSlurper().parse(new File(basedir, 'target/leakguard/review.json'))
assert review.event == 'COMMENT'
assert review.commit_id ==~ /[0-9a-f]{40}/
assert review.comments.size() == 1 : review.comments
def c = review.comments[0]
assert c.path == file
assert c.line == put
assert c.side == 'RIGHT'
assert c.body.contains("This `put` in `replay` adds to `DataTransformer.transformationHistory`")
assert c.body.contains('<!-- leakguard:fingerprint=UnboundedStaticCollection:dev.leakguard.examples.casestudy.DataTransformer.transformationHistory -->')
assert log.contains('1 finding on them; wrote target/leakguard/review.json')
assert log.contains("[WARNING] ${file}:${put}: [UnboundedStaticCollection] this 'put' in 'replay' grows 'DataTransformer.transformationHistory'")
assert !log.contains('ResultCache.java:') : 'the untouched leak is not in the review'
true
