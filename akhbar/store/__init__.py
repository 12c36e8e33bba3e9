"""The embedded store: one SQLite file with raw documents, Articles, failures and corpus groups.

``Store(path)`` opens (creating or migrating) a database; ``ingest`` fills it from inputs; the
corpus pass (`akhbar.corpus.update`) learns boilerplate and groups pages; ``export`` writes it out.
Tables and columns: README.md beside this module.
"""

from akhbar.store.store import Store

__all__ = ["Store"]
