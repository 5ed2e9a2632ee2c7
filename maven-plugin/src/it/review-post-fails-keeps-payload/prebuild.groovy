// The same repository as review-comments-on-added-growth: the case study on main, then a change.
evaluate(new File(basedir, '../review-comments-on-added-growth/prebuild.groovy'))
