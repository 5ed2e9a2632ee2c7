import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('at 127.0.0.1 failed: cannot connect')
assert log.contains('(the review is in target/leakguard/review.json)')
assert !log.contains('java.net.') : 'no Java internals in the message'
assert !log.contains('it-token-not-a-secret')
def review = new JsonSlurper().parse(new File(basedir, 'target/leakguard/review.json'))
assert review.comments.size() == 1
assert review.comments[0].body.contains('<!-- leakguard:fingerprint=UnboundedStaticCollection:dev.leakguard.examples.casestudy.DataTransformer.transformationHistory -->')
true
