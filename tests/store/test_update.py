"""The corpus pass over a store: learning, relabelling, grouping, and doing only what is needed."""

from __future__ import annotations

from pagekit import WIRE_SOURCE, page, paragraphs, wire_copy

from akhbar.corpus.boilerplate import RULE, BoilerplateConfig
from akhbar.corpus.lines import key_of
from akhbar.corpus.update import CorpusConfig, CorpusSummary, _learn, update
from akhbar.store import Store
from akhbar.store.export import rows
from akhbar.store.rows import rows_for

SLOGAN = "ألفا نيوز - أخبار على مدار الساعة"


def site_page(n: int, site: str = "alpha.example", **kw):
    alpha = site == "alpha.example"
    lines = [
        ("boilerplate", "الرئيسية | أخبار"),
        ("title", f"خبر رقم {n} من {site}"),
        *[("body", p) for p in paragraphs(n if alpha else 1000 + n, 3)],
        *([("body", SLOGAN)] if alpha else []),
    ]
    return rows_for(*page(lines, id=f"{site}-{n}", url=f"https://{site}/{n}", kinds={0: "navigation"}, **kw))


def fill(store: Store, numbers: range, site: str = "alpha.example") -> None:
    store.add([site_page(n, site) for n in numbers])


def column(store: Store, name: str, doc_id: str):
    return store.conn.execute(
        f"SELECT a.{name} FROM articles a JOIN documents d USING (seq) WHERE d.id = ?", (doc_id,)
    ).fetchone()[0]


def test_learned_lines_are_taken_out_and_recorded(tmp_path):
    with Store(tmp_path / "s.db") as store:
        fill(store, range(6))
        summary = update(store)
        assert summary.sites_learned == 1 and summary.refreshed == 6
        lines = store.conn.execute("SELECT line, kind, pages FROM site_lines ORDER BY line").fetchall()
        assert (SLOGAN, "other", 6) in lines and ("الرئيسية | أخبار", "navigation", 6) in lines
        assert SLOGAN not in column(store, "clean_text", "alpha.example-2")
        assert SLOGAN in column(store, "text", "alpha.example-2")  # the parser's text is kept
        shown = store.page(store.seq_of("alpha.example-2"))
        relabelled = [ln for ln in shown["article"].lines if ln.rule == RULE]
        assert [shown["source"][ln.start : ln.end].strip() for ln in relabelled] == [SLOGAN]
        assert shown["parsed"].lines[-1].label == "body"
        assert column(store, "text_key", "alpha.example-2") == key_of(shown["article"].text)


def test_a_later_pass_touches_only_what_changed(tmp_path):
    with Store(tmp_path / "s.db") as store:
        fill(store, range(6))
        update(store)
        assert update(store).refreshed == 0  # nothing new: nothing to do
        fill(store, range(6, 8))
        fill(store, range(3), site="beta.example")
        summary = update(store)
        # The new alpha pages carry the slogan and are cleaned; beta's three pages learn their menu
        # line only (a parser-labelled line), so their text stays the parser's.
        assert summary.refreshed == 2
        assert summary.sites_learned == 2
        assert column(store, "refreshed", "beta.example-1") == 1
        assert column(store, "clean_text", "beta.example-1") is None


def test_a_pass_killed_after_learning_resumes(tmp_path):
    with Store(tmp_path / "s.db") as store:
        fill(store, range(6))
        _learn(store, BoilerplateConfig(), False, CorpusSummary(), lambda *a: None)
        stale = store.conn.execute("SELECT count(*) FROM articles WHERE refreshed = 0").fetchone()[0]
        assert stale == 6  # learned, not yet refreshed: a kill here leaves them stale
        summary = update(store)
        assert summary.refreshed == 6
        assert SLOGAN not in column(store, "clean_text", "alpha.example-4")


def test_changing_the_thresholds_recomputes(tmp_path):
    with Store(tmp_path / "s.db") as store:
        fill(store, range(6))
        update(store)
        strict = CorpusConfig(boilerplate=BoilerplateConfig(min_pages=50))
        summary = update(store, config=strict)
        assert summary.learned_lines == 0
        assert column(store, "clean_text", "alpha.example-1") is None
        assert column(store, "overrides", "alpha.example-1") is None
        assert update(store, config=strict).refreshed == 0


def test_groups_are_written_and_exported(tmp_path):
    with Store(tmp_path / "s.db") as store:
        fill(store, range(4))
        copies = [
            wire_copy("full", id="w1", site="petra.example", published="2024-01-07"),
            wire_copy("rewritten", id="w2", site="alpha.example", published="2024-01-07"),
            wire_copy("trimmed", id="w3", site="beta.example", published="2024-01-08"),
        ]
        store.add([rows_for(doc, article) for doc, article in copies])
        again = wire_copy("full", id="w1-again", site="petra.example", published="2024-01-09")
        store.add([rows_for(*again)])
        summary = update(store)
        assert (summary.duplicate_groups, summary.stories) == (1, 1)
        story = store.conn.execute("SELECT id, size, sites, earliest, source FROM stories").fetchone()
        assert story == ("w1", 4, 3, "2024-01-07", WIRE_SOURCE)
        exported = {row["id"]: row for row in rows(store)}
        assert exported["w1-again"]["duplicate_group"] == "w1"
        assert exported["w1-again"]["is_canonical"] is False
        assert {exported[i]["story_id"] for i in ("w1", "w2", "w3", "w1-again")} == {"w1"}
        assert exported["alpha.example-1"]["story_id"] is None
        canonical = [row["id"] for row in rows(store, "canonical")]
        assert "w1-again" not in canonical and len(canonical) == len(exported) - 1
