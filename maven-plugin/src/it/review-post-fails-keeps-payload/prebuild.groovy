// The same repository as review-comments-on-added-growth (its script, from src/it): the case
// study on main, then a change that adds one growth site.
evaluate(new File(basedir, '../../../src/it/review-comments-on-added-growth/prebuild.groovy').canonicalFile)
