"""What a store holds, as plain dicts (the `akhbar stats` command renders them)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from akhbar.store.store import Store


def collect(store: Store) -> dict[str, Any]:
    conn = store.conn

    def one(query: str) -> Any:
        return conn.execute(query).fetchone()[0]

    articles, real, relabelled = conn.execute(
        "SELECT count(*), coalesce(sum(is_article), 0), coalesce(sum(site_lines > 0), 0) FROM articles"
    ).fetchone()
    failures: dict[str, int] = {}
    for stage, reason, n in conn.execute(
        "SELECT stage, reason, count(*) FROM failures GROUP BY stage, reason ORDER BY count(*) DESC"
    ):
        failures[f"{stage}:{reason}"] = n
    duplicates = {
        kind: {"groups": groups, "pages": pages}
        for kind, groups, pages in conn.execute(
            "SELECT kind, count(*), sum(size) FROM dup_groups GROUP BY kind"
        )
    }
    sizes = Counter(dict(conn.execute("SELECT size, count(*) FROM stories GROUP BY size")))
    stories = {
        "stories": sum(sizes.values()),
        "pages": sum(size * n for size, n in sizes.items()),
        "across_sites": one("SELECT count(*) FROM stories WHERE sites > 1"),
        "largest": max(sizes, default=0),
        "sizes": {str(size): sizes[size] for size in sorted(sizes)},
    }
    sites = []
    for site, pages, total, boilerplate, site_lines, learned in conn.execute(
        "SELECT a.site_key, count(*), sum(a.lines_total), sum(a.lines_boilerplate), sum(a.site_lines), "
        "(SELECT count(*) FROM site_lines l WHERE l.site_key = a.site_key) "
        "FROM articles a GROUP BY a.site_key ORDER BY count(*) DESC"
    ):
        sites.append(
            {
                "site": site,
                "pages": pages,
                "learned_lines": learned,
                "boilerplate_share": round(boilerplate / total, 4) if total else 0.0,
                "site_boilerplate_share": round(site_lines / total, 4) if total else 0.0,
            }
        )
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "articles": articles,
        "is_article": real,
        "not_article": articles - real,
        "failed_documents": one("SELECT count(*) FROM documents WHERE seq NOT IN (SELECT seq FROM articles)"),
        "read_failures": one("SELECT count(*) FROM failures WHERE stage = 'read'"),
        "failures": failures,
        "pages_relabelled": relabelled,
        "pending_corpus_pass": one("SELECT count(*) FROM articles WHERE refreshed = 0"),
        "sites": len(sites),
        "duplicates": duplicates,
        "stories": stories,
        "per_site": sites,
    }


def site_lines(store: Store, site: str) -> dict[str, Any]:
    """The lines learned as one site's boilerplate, most frequent first."""
    row = store.conn.execute(
        "SELECT pages, units, threshold FROM sites WHERE site_key = ?", (site,)
    ).fetchone()
    lines = [
        {"line": line, "kind": kind, "pages": pages}
        for line, kind, pages in store.conn.execute(
            "SELECT line, kind, pages FROM site_lines WHERE site_key = ? ORDER BY pages DESC, line", (site,)
        )
    ]
    pages, units, threshold = row if row else (0, 0, 0)
    return {"site": site, "pages": pages, "distinct_pages": units, "threshold": threshold, "lines": lines}
