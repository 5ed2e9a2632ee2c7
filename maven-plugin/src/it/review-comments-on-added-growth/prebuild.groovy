// A throwaway git repository in this IT's directory: the case study on main, then a change.
def git = { String... args ->
  def env = System.getenv().collect { k, v -> "$k=$v" } + ['GIT_CONFIG_NOSYSTEM=1', 'GIT_CONFIG_GLOBAL=/dev/null']
  def p = (['git', '-C', basedir.path] + args.toList()).execute(env, basedir)
  def out = new StringBuilder(), err = new StringBuilder()
  p.waitForProcessOutput(out, err)
  assert p.exitValue() == 0 : "git ${args.join(' ')}: $err"
}
def src = new File(basedir, 'src/main/java')
new File(basedir, '.git').deleteDir()
src.deleteDir()
def example = new File(basedir, '../../../../examples/case-study/src/main/java').canonicalFile
example.eachFileRecurse(groovy.io.FileType.FILES) { f ->
  def to = new File(src, example.toPath().relativize(f.toPath()).toString())
  to.parentFile.mkdirs()
  to.bytes = f.bytes
}
assert new File(src, 'dev/leakguard/examples/casestudy/DataTransformer.java').isFile()

git 'init', '-q', '-b', 'main'
git 'config', 'user.name', 'leakguard it'
git 'config', 'user.email', 'it@leakguard.invalid'
git 'config', 'commit.gpgsign', 'false'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n*.groovy\npom.xml\ninvoker.properties\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'case study'
git 'checkout', '-q', '-b', 'change'

def pkg = new File(src, 'dev/leakguard/examples/casestudy')
def transformer = new File(pkg, 'DataTransformer.java')
transformer.text = transformer.text.replace('  /** Looks up what a past request sent and got back. */', '''\
  /** Replays a past request under a new id. */
  public static void replay(String newId, String oldId) {
    synchronized (transformationHistory) {
      transformationHistory.put(newId, transformationHistory.get(oldId));
    }
  }

  /** Looks up what a past request sent and got back. */''')
def cache = new File(pkg, 'ResultCache.java')
cache.text = cache.text.replaceFirst('\n}\\s*$', '\n  // an unrelated line\n}\n')
git 'commit', '-q', '-a', '-m', 'replay'
true
