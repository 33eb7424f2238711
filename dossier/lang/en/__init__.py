"""English word lists, kept as data so that rules stay one function over named tables."""
