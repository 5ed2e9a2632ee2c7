def log = new File(basedir, 'build.log').text
def annotations = log.readLines().findAll { it.startsWith('::warning file=') }
assert annotations.size() == 2 : annotations
assert annotations.every { it.contains('title=leakguard Unbounded') && it.contains('(high confidence)::') }
assert annotations.any { it.contains('DataTransformer.java,line=') && it.contains("::Static map 'DataTransformer.transformationHistory' grows at") }

def summary = new File(basedir, 'target/leakguard/summary.md').text
assert summary.startsWith('<!-- leakguard:summary -->')
assert summary.contains('### leakguard (`check-annotations`): 2 unbounded collections in 2 files (2 high confidence)')
assert summary.contains('| `DataTransformer.transformationHistory` | UnboundedStaticCollection |')
assert log.contains('leakguard: wrote target/leakguard/summary.md and appended it to the job summary')
// the ITs' GITHUB_STEP_SUMMARY (maven-plugin's pom): the same markdown, appended
assert new File(basedir, '../../it-step-summary.md').text.contains(summary)
true
