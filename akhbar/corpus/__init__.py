"""Many pages at once: site boilerplate, duplicates and stories.

The algorithms (`boilerplate`, `duplicates`, `stories`) work on plain records; `update` runs them
over a store. Method, thresholds and their measurements: README.md beside this module.
"""
