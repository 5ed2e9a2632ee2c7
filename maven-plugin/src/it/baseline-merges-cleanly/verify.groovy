def baselines = new File(basedir, 'target/baselines')
def main = new File(baselines, 'main.json').text
def lines = main.readLines()
assert lines[0] == '{'
assert lines[1] == '  "version": 1,'
assert lines[2].startsWith('  "tool": "leakguard ')
assert lines[3] == '  "fingerprints": ['
def fingerprints = lines.subList(4, lines.size() - 2)
assert fingerprints == [
    '    "UnboundedStaticCollection:conformance.crossfile.assignedelsewhere.Settings.overrides",',
    '    "UnboundedStaticCollection:conformance.crossfile.ctorgrowth.PluginRegistry.LOADED",',
    '    "UnboundedStaticCollection:conformance.crossfile.qualifiedput.ServiceRegistry.SERVICES",',
    '    "UnboundedStaticCollection:conformance.crossfile.staticimportgrowth.Registry.SERVICES"'] : main
assert lines[-2] == '  ]' && lines[-1] == '}'

// Two branches each regenerate the baseline after adding one leak; git merges them.
def repo = new File(basedir, 'target/merge')
repo.deleteDir()
repo.mkdirs()
def git = { String... args ->
  def env = System.getenv().collect { k, v -> "$k=$v" } + ['GIT_CONFIG_NOSYSTEM=1', 'GIT_CONFIG_GLOBAL=/dev/null']
  def p = (['git', '-C', repo.path] + args.toList()).execute(env, repo)
  def out = new StringBuilder(), err = new StringBuilder()
  p.waitForProcessOutput(out, err)
  assert p.exitValue() == 0 : "git ${args.join(' ')}: $out $err"
}
def commit = { String name, String message ->
  new File(repo, 'leakguard-baseline.json').text = new File(baselines, name).text
  git 'add', '-A'
  git 'commit', '-q', '-m', message
}
git 'init', '-q', '-b', 'main'
git 'config', 'user.name', 'leakguard it'
git 'config', 'user.email', 'it@leakguard.invalid'
git 'config', 'commit.gpgsign', 'false'
commit 'main.json', 'baseline'
git 'checkout', '-q', '-b', 'one'
commit 'one.json', 'one more leak accepted'
git 'checkout', '-q', 'main'
git 'checkout', '-q', '-b', 'two'
commit 'two.json', 'another leak accepted'
git 'merge', '-q', '--no-edit', 'one'
assert new File(repo, 'leakguard-baseline.json').text == new File(baselines, 'both.json').text
true
