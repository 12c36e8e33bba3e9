#!/usr/bin/env python
"""Generate a synthetic corpus of scraped Arabic news pages, and the truth about its groups.

    python bench/gen_corpus.py --pages 100000 --out /tmp/corpus [--seed 1]

Writes ``pages-NNNNN.jsonl`` shards (``{"id", "url", "text", "timestamp"}``), ``truth.jsonl``
(``id, site, duplicate_cluster, story_cluster, kind``, plus ``event`` on pages about one event
written separately, and ``change`` on near duplicates) and ``manifest.json`` (parameters and
counts). Output is a pure function of ``--pages``, ``--seed`` and ``--shard-size``.

What is in it, and why each part is there:
- ~40 sites, each with its own template drawn once: date line in its region's style (Levantine,
  Egyptian, Maghrebi month names, Hijri on some Gulf sites, Eastern digits on some), dateline, title
  repeated or not, byline, captions, subheadings, and its own furniture (menu, share buttons, a
  "most read" list that gains one headline a day, newsletter prompt, copyright footer).
- Local stories written by one site (kind ``original``).
- Wire stories: one agency text republished on 2–8 sites with the edits copy desks make (headline
  and lead rewritten, tail trimmed, light reordering, synonyms, own insertions, agency or own
  dateline, different source line); kind ``wire``; all copies share a ``story_cluster``.
- Independent coverage of one event by 2–3 sites (same people, places and numbers, texts written
  separately): different stories, the hard negative for story grouping; truth carries ``event``.
- Follow-ups: a later story by the same site reusing a background paragraph: a different document.
- Exact duplicates (the same page re-crawled, same URL or one with a query string; kind ``exact``)
  and near duplicates (re-crawled days later with a changed "most read" list, a correction
  appended, a few words or the headline changed; kind ``near``).
- Section listing pages (kind ``listing``) and bad records: invalid JSON, empty text, binary junk,
  a record without text, and a huge line (kinds ``bad_json``, ``empty``, ``binary``,
  ``missing_text``, ``huge``).

Truth: ``duplicate_cluster`` joins the copies of one page of one site (exact or near);
``story_cluster`` joins every copy of one text across sites, so it always contains the duplicate
cluster. Memory stays flat: each event emits its pages at once into a bounded shuffle buffer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "corpus_data"
START = dt.datetime(2020, 3, 1, 6, 0)
SPAN_DAYS = 365
GENERATOR_VERSION = 1
EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TOPIC_SLUGS = {
    "politics": "politics",
    "economy": "economy",
    "security": "local",
    "health": "health",
    "sports": "sports",
    "weather": "weather",
    "education": "education",
    "culture": "culture",
    "tech": "tech",
}
TOPIC_SECTIONS = {
    "politics": "سياسة",
    "economy": "اقتصاد",
    "security": "حوادث",
    "health": "صحة",
    "sports": "رياضة",
    "weather": "طقس",
    "education": "جامعات",
    "culture": "ثقافة وفنون",
    "tech": "تكنولوجيا",
}
QUERY_SUFFIXES = (
    "?utm_source=facebook&utm_medium=social",
    "?amp=1",
    "?ref=home",
    "?fbclid=IwAR{n}",
    "?share=wa",
)

# Share of events of each kind. Wire events emit 2-8 pages, coverage 2-3, follow-ups 2, so about
# 28% of the pages are wire copies; duplicates are added per article page below.
EVENT_MIX = (
    ("original", 0.78),
    ("wire", 0.08),
    ("coverage", 0.05),
    ("followup", 0.03),
    ("listing", 0.03),
    ("bad", 0.01),
)
P_EXACT = 0.07
P_NEAR = 0.07
BAD_KINDS = ("bad_json", "empty", "binary", "missing_text")
ARTICLE_KINDS = ("original", "wire", "exact", "near")


# ---------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Data:
    sites: list[dict[str, str]]
    calendar: dict[str, Any]
    places: dict[str, Any]
    vocab: dict[str, Any]
    sentences: dict[str, Any]
    boiler: dict[str, Any]


@functools.cache
def load_data() -> Data:
    def read(name: str) -> dict[str, Any]:
        return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))

    return Data(
        sites=read("sites.json")["sites"],
        calendar=read("calendar.json"),
        places=read("places.json"),
        vocab=read("vocab.json"),
        sentences=read("sentences.json"),
        boiler=read("boilerplate.json"),
    )


# ---------------------------------------------------------------------------------------------
# Sites and their templates


@dataclass(frozen=True)
class Site:
    index: int
    name: str
    host: str
    country: str
    url_style: int
    months: str
    pair_gregorian: bool
    hijri: bool
    eastern_digits: bool
    date_style: int
    clock24: bool
    published_prefix: str
    title_suffix: str
    title_twice: bool
    dateline: str
    para_sep: str
    p_byline: float
    p_caption: float
    p_related: float
    p_tags: float
    keeps_subheadings: bool
    top: tuple[str, ...]
    share: str | None
    share_at_top: bool
    most_read_heading: str | None
    most_read_size: int
    most_read_doubled: bool
    bottom: tuple[str, ...]
    source_style: str
    related_label: str
    tags_label: str
    article_base: int


def make_sites(data: Data, seed: int) -> list[Site]:
    rng = random.Random(f"sites:{seed}")
    b = data.boiler
    cal = data.calendar
    sites = []
    for i, spec in enumerate(data.sites, start=1):
        country = spec["country"]
        name = spec["name"]
        host = rng.choice(
            (f"www.example-news-{i}.com",) * 6 + (f"example-news-{i}.net", f"ar.example-news-{i}.com")
        )
        sections = rng.sample(b["sections"][1:], rng.randint(5, 10))
        top: list[str] = []
        if rng.random() < 0.4:
            top.append(rng.choice(b["site_top"]).format(site=name))
        if rng.random() < 0.7:
            top.append(rng.choice(b["menu_separators"]).join([b["sections"][0], *sections]))
        share = None
        if rng.random() < 0.7:
            share = f"{rng.choice(b['share'])} " + " ".join(rng.choice(b["share_targets"]))
        bottom: list[str] = []
        for key, p in (("newsletter", 0.5), ("follow", 0.4), ("comments", 0.3), ("disclaimer", 0.3)):
            if rng.random() < p:
                bottom.append(rng.choice(b[key]).format(site=name))
        rng.shuffle(bottom)
        bottom.append(rng.choice(b["copyright"]))
        hijri = rng.random() < (0.6 if country in cal["hijri_likely"] else 0.05)
        sites.append(
            Site(
                index=i,
                name=name,
                host=host,
                country=country,
                url_style=rng.randrange(5),
                months=rng.choice(cal["month_style"][country]),
                pair_gregorian=country in cal["paired_with_gregorian_names"] and rng.random() < 0.6,
                hijri=hijri,
                eastern_digits=rng.random() < 0.2,
                date_style=rng.randrange(6),
                clock24=rng.random() < 0.5,
                published_prefix=rng.choice(b["published_prefix"]),
                title_suffix=f" - {name}" if rng.random() < 0.2 else "",
                title_twice=rng.random() < 0.2,
                dateline=rng.choice(("{site} :-", "{site} - ", "{city} - {site}:", "({site}) -", "")),
                para_sep=rng.choice(("\n\n", "\n\n", "\n")),
                p_byline=rng.choice((0.0, 0.2, 0.6)),
                p_caption=rng.choice((0.0, 0.3, 0.6)),
                p_related=rng.choice((0.0, 0.3)),
                p_tags=rng.choice((0.0, 0.5, 0.9)),
                keeps_subheadings=rng.random() < 0.7,
                top=tuple(top),
                share=share,
                share_at_top=rng.random() < 0.3,
                most_read_heading=rng.choice(b["most_read"]) if rng.random() < 0.85 else None,
                most_read_size=rng.randint(5, 12),
                most_read_doubled=rng.random() < 0.2,
                bottom=tuple(bottom),
                source_style=rng.choice(
                    ("المصدر : {src}", "المصدر: {src}", "({src})", "{src}", "المصدر: {src} + وكالات")
                ),
                related_label=rng.choice(b["related"]),
                tags_label=rng.choice(b["tags"]),
                article_base=rng.randrange(10_000, 900_000),
            )
        )
    return sites


# ---------------------------------------------------------------------------------------------
# Facts and text


class Slots(dict):
    """Template slots: an event's facts, plus values drawn fresh at each use (verbs, numbers,
    time phrases) so two sentences of one story, or two stories, rarely repeat a long run.

    With ``memo`` the drawn numbers and time phrases are kept, so a paraphrase of a lead filled
    later with the same memo states the same facts; the verbs still vary."""

    def __init__(
        self, facts: dict[str, str], rng: random.Random, data: Data, memo: dict[str, str] | None = None
    ):
        super().__init__()
        self.facts = facts
        self.rng = rng
        self.data = data
        self.memo = memo

    def __missing__(self, key: str) -> str:
        if key in self.facts:
            return self.facts[key]
        if self.memo is None or key in ("say", "assert"):
            return self.draw(key)
        if key not in self.memo:
            self.memo[key] = self.draw(key)
        return self.memo[key]

    def draw(self, key: str) -> str:
        facts, rng, s = self.facts, self.rng, self.data.sentences
        if key == "g1":
            return str(rng.randint(1, 4))
        if key == "g0":
            return str(rng.randint(0, 1))
        if key == "n1":
            return str(rng.randint(2, 12))
        if key == "n2":
            return str(rng.randint(13, 950))
        if key == "n3":
            return f"{rng.randint(2, 95)} ألف" if rng.random() < 0.3 else str(rng.randint(1_000, 95_000))
        if key == "pct":
            return f"{rng.randint(1, 60)}.{rng.randint(1, 9)}"
        if key == "amount":
            return f"{rng.randint(2, 900)} {rng.choice(('مليون', 'مليار', 'ألف'))} {facts['currency']}"
        if key == "say":
            return rng.choice(s["say"])
        if key == "assert":
            return rng.choice(s["assert"])
        if key == "when":
            return fill(rng.choice(s["when"]), self)
        if key == "quote":
            return fill(rng.choice(s["quotes"][facts["topic"]]), self)
        raise KeyError(key)


# A slot after a joined preposition ("لـ{obj}") meets the article: Arabic writes لل and بال there.
_JOINS = (("لـال", "لل"), ("بـال", "بال"), ("وـ", "و"))


def fill(template: str, slots: Slots) -> str:
    text = template.format_map(slots)
    if "ـ" in text:
        for joined, written in _JOINS:
            text = text.replace(joined, written)
    return text


def person(
    rng: random.Random, data: Data, topic: str, facts: dict[str, str], country: dict[str, Any]
) -> tuple[str, str]:
    v = data.vocab
    role = rng.choice(v["roles"][topic]).format(
        adj=country["adj"],
        city=facts["city"],
        club=facts["club"],
        company=facts["company"],
        country=country["name"],
    )
    return role, f"{rng.choice(v['first_names'])} {rng.choice(v['family_names'])}"


def make_facts(
    rng: random.Random, data: Data, country_key: str, when: dt.datetime, writer: str, topic: str | None = None
) -> dict[str, str]:
    v, p, cal = data.vocab, data.places, data.calendar
    topic = topic or rng.choice(v["topics"])
    country = p["countries"][country_key]
    foreign = rng.choice(p["foreign"])
    cities = [country["capital"], *country["cities"]]
    city, city2 = rng.sample(cities, 2)
    clubs = rng.sample(v["clubs"], 2)
    objs = rng.sample(v["objects"][topic], 2)
    orgs = rng.sample(v["orgs"][topic], 2)
    units = v["units"].get(topic, ["حالة"])
    months = cal["months"][cal["month_style"][country_key][0]]
    facts = {
        "topic": topic,
        "city": city,
        "city2": city2,
        "capital": country["capital"],
        "country": country["name"],
        "adj": country["adj"],
        "currency": country["currency"],
        "fcountry": foreign["name"],
        "fadj": foreign["adj"],
        "fcapital": foreign["capital"],
        "obj": objs[0],
        "obj2": objs[1],
        "org": orgs[0],
        "org2": orgs[1],
        "club": clubs[0],
        "club2": clubs[1],
        "company": rng.choice(v["companies"]),
        "unit": rng.choice(units),
        "day": cal["weekdays"][when.weekday()],
        "prevday": cal["weekdays"][(when.weekday() - 1) % 7],
        "month": months[(when.month - 2) % 12],
        "site": writer,
    }
    for prefix in ("p1", "p2"):
        role, name = person(rng, data, topic, facts, country)
        facts[f"{prefix}r"], facts[f"{prefix}n"], facts[prefix] = role, name, f"{role} {name}"
    return facts


@dataclass
class Story:
    """One text as its writer (a site, or an agency for wire stories) produced it."""

    sid: str
    facts: dict[str, str]
    published: dt.datetime
    headline: str
    lead: str
    paras: list[tuple[str | None, str]]
    lead_variants: tuple[str, ...] = ()
    lead_memo: dict[str, str] = field(default_factory=dict)
    agency: str | None = None


def write_story(
    rng: random.Random,
    data: Data,
    sid: str,
    facts: dict[str, str],
    published: dt.datetime,
    *,
    agency: str | None = None,
    background: str | None = None,
) -> Story:
    s = data.sentences
    topic = facts["topic"]
    slots = Slots(facts, rng, data)
    pool: list[str] = []
    n_paras = min(20, max(4, int(rng.triangular(4, 21, 7))))
    paras: list[tuple[str | None, str]] = []
    headings = list(s["subheadings"][topic])
    rng.shuffle(headings)
    for i in range(n_paras - 1):
        sentences = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if not pool:
                pool = [*s["body"][topic], *s["generic"], *s["quote_frames"]]
                rng.shuffle(pool)
            text = fill(pool.pop(), slots)
            if rng.random() < 0.25 and not text.startswith("و"):
                text = rng.choice(s["connectors"]) + text
            sentences.append(text)
        heading = None
        if n_paras >= 8 and i >= 2 and headings and rng.random() < 0.12:
            heading = fill(headings.pop(), slots)
        paras.append((heading, " ".join(sentences)))
    if background is None and rng.random() < 0.5:
        background = fill(rng.choice(s["background"]), slots)
    if background:
        paras.append((None, background))
    variants = tuple(rng.choice(s["leads"][topic]))
    memo: dict[str, str] = {}
    memo_slots = Slots(facts, rng, data, memo)
    return Story(
        sid=sid,
        facts=facts,
        published=published,
        headline=fill(rng.choice(s["headlines"][topic]), memo_slots),
        lead=fill(variants[0], memo_slots),
        paras=paras,
        lead_variants=variants,
        lead_memo=memo,
        agency=agency,
    )


def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


@functools.cache
def synonym_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((_word_pattern(a), b) for a, b in load_data().sentences["synonyms"])


def copy_desk_edit(rng: random.Random, data: Data, story: Story, site: Site) -> Story:
    """A site's copy of an agency story: what copy desks do to wire text before publishing it."""
    s = data.sentences
    facts = dict(story.facts, site=site.name)
    slots = Slots(facts, rng, data)
    same_facts = Slots(facts, rng, data, dict(story.lead_memo))
    headline = fill(rng.choice(s["headlines"][facts["topic"]]), same_facts)
    lead = story.lead
    if rng.random() < 0.5:
        lead = fill(rng.choice(story.lead_variants[1:]), same_facts)
    paras = list(story.paras)
    trim = rng.choice((0, 0, 1, 1, 2, 3))
    paras = paras[: max(3, len(paras) - trim)]
    if len(paras) > 4 and rng.random() < 0.15:
        del paras[rng.randrange(1, len(paras) - 1)]
    if len(paras) > 3 and rng.random() < 0.3:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    if rng.random() < 0.5:
        chosen = [p for p in synonym_patterns() if rng.random() < 0.3]

        def swap(text: str) -> str:
            for pattern, repl in chosen:
                text = pattern.sub(repl, text)
            return text

        lead = swap(lead)
        paras = [(h, swap(t)) for h, t in paras]
    if rng.random() < 0.3:
        paras.insert(rng.randrange(1, len(paras) + 1), (None, fill(rng.choice(s["wire_inserts"]), slots)))
    if rng.random() < 0.25:
        paras.append((None, fill(rng.choice(s["background"]), slots)))
    published = story.published + dt.timedelta(minutes=rng.randint(5, 600))
    return replace(story, facts=facts, headline=headline, lead=lead, paras=paras, published=published)


# ---------------------------------------------------------------------------------------------
# Dates


def to_hijri(day: dt.date) -> tuple[int, int, int]:
    return _hijri(day.toordinal())


@functools.lru_cache(maxsize=4096)
def _hijri(ordinal: int) -> tuple[int, int, int]:
    from hijridate import Gregorian

    d = dt.date.fromordinal(ordinal)
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day


def date_line(site: Site, data: Data, when: dt.datetime, rng: random.Random) -> str:
    cal = data.calendar
    weekday = cal["weekdays"][when.weekday()]
    month = cal["months"][site.months][when.month - 1]
    if site.pair_gregorian:
        month = f"{month} / {cal['months']['egyptian'][when.month - 1]}"
    if site.clock24:
        clock = f"{when.hour:02d}:{when.minute:02d}"
    else:
        hour = when.hour % 12 or 12
        clock = f"{hour:02d}:{when.minute:02d} {rng.choice(cal['pm'] if when.hour >= 12 else cal['am'])}"
    style = site.date_style
    if site.hijri:
        hy, hm, hd = to_hijri(when.date())
        line = (
            f"{weekday} {hd} {cal['hijri_months'][hm - 1]} {hy} هـ - الموافق {when.day} {month} {when.year} م"
        )
        if style % 2:
            line += f" - {clock}"
    elif style == 0:
        line = f"{weekday} {when.day:02d} {month} {when.year} {clock}"
    elif style == 1:
        line = f"{weekday}، {when.day} {month} {when.year} - {clock}"
    elif style == 2:
        line = f"{when.day:02d}/{when.month:02d}/{when.year} - {clock}"
    elif style == 3:
        line = f"{when.day} {month} {when.year}"
    elif style == 4:
        line = f"{when.year}-{when.month:02d}-{when.day:02d} {when.hour:02d}:{when.minute:02d}"
    else:
        line = f"{weekday} {when.day} {month} {when.year}، الساعة {clock}"
    return f"{site.published_prefix} {line}".strip()


# ---------------------------------------------------------------------------------------------
# Pages


@functools.cache
def site_headline(seed: int, site_index: int, day: int) -> str:
    """The headline a site added to its "most read" list on ``day``: the list keeps the last few
    days' entries, so it changes by one line a day, as real ones do."""
    data = load_data()
    rng = random.Random(f"headline:{seed}:{site_index}:{day}")
    spec = data.sites[site_index - 1]
    facts = make_facts(rng, data, spec["country"], START + dt.timedelta(days=day), spec["name"])
    return fill(rng.choice(data.sentences["headlines"][facts["topic"]]), Slots(facts, rng, data))


@dataclass
class Page:
    """Every choice that makes one page of one site, so a re-crawl can render it again with
    a change (a later "most read" list, a correction, a few words)."""

    site: Site
    story: Story
    url: str
    fetched: dt.datetime
    title: str
    date: str
    byline: str | None
    caption: str | None
    dateline: str
    paras: list[tuple[str | None, str]]
    related: tuple[int, str] | None
    source: str | None
    tags: str | None
    correction: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def article_url(site: Site, story: Story, number: int) -> str:
    d = story.published
    slug = TOPIC_SLUGS[story.facts["topic"]]
    return (
        f"https://{site.host}/news/{d.year}/{d.month:02d}/{d.day:02d}/{number}",
        f"https://{site.host}/article/{number}",
        f"https://{site.host}/{slug}/{number}.html",
        f"https://{site.host}/?p={number}",
        f"https://{site.host}/ar/news/details/{number}",
    )[site.url_style]


def plan_page(
    rng: random.Random, data: Data, site: Site, story: Story, seed: int, number: int, *, wire: bool
) -> Page:
    s = data.sentences
    slots = Slots(story.facts, rng, data)
    fetched = story.published + dt.timedelta(minutes=rng.randint(5, 3 * 24 * 60))
    if wire and story.agency and rng.random() < 0.5:
        city = story.facts["city"] if rng.random() < 0.7 else story.facts["capital"]
        dateline = rng.choice(data.places["agencies"][story.agency]["dateline"]).format(city=city)
    else:
        dateline = site.dateline.format(site=site.name, city=story.facts["city"])
    source = None
    if story.agency and rng.random() < 0.85:
        src = rng.choice(data.places["agencies"][story.agency]["source"])
        source = site.source_style.format(src=src)
    byline = None
    if not wire and rng.random() < site.p_byline:
        name = f"{rng.choice(data.vocab['first_names'])} {rng.choice(data.vocab['family_names'])}"
        byline = rng.choice(s["bylines"]).format(name=name, site=site.name)
    caption = fill(rng.choice(s["captions"]), slots) if rng.random() < site.p_caption else None
    related = None
    if rng.random() < site.p_related and len(story.paras) > 2:
        other = site_headline(seed, site.index, max(0, (story.published - START).days - rng.randint(1, 60)))
        related = (rng.randrange(1, len(story.paras)), f"{site.related_label} {other}")
    tags = None
    if rng.random() < site.p_tags:
        words = [
            story.facts["obj"],
            story.facts["city"],
            story.facts["country"],
            TOPIC_SECTIONS[story.facts["topic"]],
        ]
        tags = f"{site.tags_label} " + " ، ".join(rng.sample(words, rng.randint(2, 4)))
    paras = story.paras if site.keeps_subheadings else [(None, t) for _, t in story.paras]
    return Page(
        site=site,
        story=story,
        url=article_url(site, story, number),
        fetched=fetched,
        title=story.headline + site.title_suffix,
        date=date_line(site, data, story.published, rng),
        byline=byline,
        caption=caption,
        dateline=dateline,
        paras=paras,
        related=related,
        source=source,
        tags=tags,
    )


def render(page: Page, seed: int) -> str:
    site = page.site
    out: list[str] = [*site.top]
    if site.top and site.para_sep == "\n\n":
        out.append("")
    out.append(page.title)
    out.append("")
    out.append(page.date)
    if site.share and site.share_at_top:
        out.append(site.share)
    if site.title_twice:
        out.append(page.story.headline)
    if page.byline:
        out.append(page.byline)
    if page.caption:
        out.append(page.caption)
    out.append("")
    lead = f"{page.dateline} {page.story.lead}" if page.dateline else page.story.lead
    body = [lead]
    for i, (heading, text) in enumerate(page.paras):
        if page.related and page.related[0] == i:
            body.append(page.related[1])
        if heading:
            body.append(heading)
        body.append(text)
    if page.correction:
        body.append(page.correction)
    if page.source:
        body.append(page.source)
    out.append(site.para_sep.join(body))
    if site.share and not site.share_at_top:
        out.append("")
        out.append(site.share)
    if page.tags:
        out.append(page.tags)
    out.extend(("", ""))
    if site.most_read_heading:
        out.append(site.most_read_heading)
        today = (page.fetched - START).days
        for back in range(site.most_read_size):
            item = site_headline(seed, site.index, max(0, today - back))
            out.append(f"{item} {item}" if site.most_read_doubled else item)
        out.append("")
    out.extend(b.format(site=site.name, year=page.fetched.year) for b in site.bottom)
    text = "\n".join(out) + "\n"
    return text.translate(EASTERN_DIGITS) if site.eastern_digits else text


def listing_page(rng: random.Random, data: Data, site: Site, seed: int, when: dt.datetime) -> tuple[str, str]:
    b = data.boiler
    topic = rng.choice(data.vocab["topics"])
    section = TOPIC_SECTIONS[topic]
    out = [*site.top, rng.choice(b["listing_heading"]).format(site=site.name, section=section), ""]
    today = (when - START).days
    for back in range(rng.randint(10, 20)):
        day = START + dt.timedelta(days=max(0, today - back))
        out.append(site_headline(seed, site.index, max(0, today - back)))
        out.append(f"{day.day:02d}/{day.month:02d}/{day.year}")
    out.extend(("", rng.choice(b["listing_more"]), ""))
    out.extend(x.format(site=site.name, year=when.year) for x in site.bottom)
    text = "\n".join(out) + "\n"
    page_no = rng.randint(1, 40)
    url = f"https://{site.host}/{TOPIC_SLUGS[topic]}?page={page_no}"
    return url, text.translate(EASTERN_DIGITS) if site.eastern_digits else text


def near_variant(rng: random.Random, data: Data, page: Page) -> tuple[Page, str]:
    """The same page of the same site, changed the way re-crawls find pages changed."""
    s = data.sentences
    how = rng.choice(("most_read", "correction", "words", "title", "most_read"))
    later = page.fetched + dt.timedelta(days=rng.randint(3, 40), minutes=rng.randint(0, 600))
    changed = replace(page, fetched=later)
    slots = Slots(page.story.facts, rng, data)
    if how == "correction" or (how == "most_read" and not page.site.most_read_heading):
        how = "correction"
        changed.correction = fill(rng.choice(s["corrections"]), slots)
    elif how == "words":
        paras = list(page.paras)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(paras))
            heading, text = paras[i]
            words = text.split(" ")
            j = rng.randrange(len(words))
            if any(c.isdigit() for c in words[j]):
                words[j] = str(rng.randint(2, 999))
            else:
                words[j] = rng.choice(("أيضا", "كذلك", "نحو", "حوالي", "قد", "بالفعل"))
            paras[i] = (heading, " ".join(words))
        changed.paras = paras
    elif how == "title":
        changed.title = (
            rng.choice(("عاجل: ", "محدث - ", ""))
            + page.title
            + rng.choice((" (فيديو)", " - تحديث", " (صور)", ""))
        )
        if changed.title == page.title:
            changed.title = "عاجل | " + page.title
    return changed, how


# ---------------------------------------------------------------------------------------------
# Bad records


def bad_record(rng: random.Random, kind: str, rid: str, url: str, ts: str) -> str:
    """One JSONL line that a reader must survive."""
    if kind == "bad_json":
        line = json.dumps(
            {"id": rid, "url": url, "text": "خبر مقطوع " * rng.randint(5, 50), "timestamp": ts},
            ensure_ascii=False,
        )
        if rng.random() < 0.5:
            return line[: rng.randint(10, len(line) - 2)]
        return "<!DOCTYPE html><html><body>" + "خبر " * rng.randint(1, 20) + "</body>"
    if kind == "empty":
        return json.dumps(
            {"id": rid, "url": url, "text": rng.choice(("", "   \n  ", "\n\n")), "timestamp": ts}
        )
    if kind == "binary":
        junk = bytes(rng.randrange(256) for _ in range(rng.randint(200, 3000))).decode("latin-1")
        return json.dumps({"id": rid, "url": url, "text": junk, "timestamp": ts})
    if kind == "missing_text":
        return json.dumps(
            {"id": rid, "url": url, "timestamp": ts, "text": rng.choice((None, 12345, ["list"]))}
        )
    raise ValueError(kind)


def huge_record(rng: random.Random, seed: int, site: Site, rid: str, ts: str, size: int) -> str:
    """A page scraped whole into one line: an archive dump of headlines, ``size`` characters long."""
    parts: list[str] = []
    total, day = 0, 0
    while total < size:
        item = f"{site_headline(seed, site.index, day % SPAN_DAYS)} ({day})"
        parts.append(item)
        total += len(item) + 3
        day += 1
    return json.dumps(
        {"id": rid, "url": f"https://{site.host}/archive/all", "text": " | ".join(parts), "timestamp": ts},
        ensure_ascii=False,
    )


# ---------------------------------------------------------------------------------------------
# The stream


@dataclass
class Record:
    line: str
    truth: dict[str, Any]


class Generator:
    def __init__(self, pages: int, seed: int, huge_chars: int):
        self.data = load_data()
        self.pages = pages
        self.seed = seed
        self.huge_chars = huge_chars
        self.rng = random.Random(seed)
        self.sites = make_sites(self.data, seed)
        self.by_country: dict[str, list[Site]] = {}
        for site in self.sites:
            self.by_country.setdefault(site.country, []).append(site)
        self.article_no = {site.index: site.article_base for site in self.sites}
        self.emitted = 0
        self.next_id = 0
        self.next_story = 0
        self.next_event = 0
        n_huge = max(1, pages // 50_000) if pages >= 1_000 and huge_chars > 0 else 0
        self.huge_at = set(self.rng.sample(range(pages), n_huge)) if n_huge else set()
        kinds, weights = zip(*EVENT_MIX, strict=True)
        self.event_kinds = kinds
        self.event_weights = weights

    # ids and clocks ----------------------------------------------------------------------------

    def new_id(self) -> str:
        self.next_id += 1
        return f"p{self.seed}-{self.next_id:07d}"

    def new_story_id(self) -> str:
        self.next_story += 1
        return f"s{self.next_story:07d}"

    def now(self) -> dt.datetime:
        """Event time advances with the pages written, so the corpus spans SPAN_DAYS evenly."""
        frac = self.emitted / max(1, self.pages)
        jitter = self.rng.randint(-180, 180)
        return START + dt.timedelta(days=SPAN_DAYS * frac, minutes=jitter)

    def number(self, site: Site) -> int:
        self.article_no[site.index] += self.rng.randint(1, 40)
        return self.article_no[site.index]

    # records -----------------------------------------------------------------------------------

    def record(self, rid: str, url: str, text: str, fetched: dt.datetime, truth: dict[str, Any]) -> Record:
        ts = fetched.strftime("%Y-%m-%dT%H:%M:%SZ")
        line = json.dumps({"id": rid, "url": url, "text": text, "timestamp": ts}, ensure_ascii=False)
        return Record(line, {"id": rid, **truth})

    def article_records(
        self, page: Page, story_cluster: str, kind: str, event: str | None = None
    ) -> Iterator[Record]:
        """The page and the copies a crawler would also have fetched of it."""
        rng, site = self.rng, page.site
        rid = self.new_id()
        cluster = f"d{rid[1:]}"
        base = {"site": site.host, "duplicate_cluster": cluster, "story_cluster": story_cluster}
        if event:
            base["event"] = event
        text = render(page, self.seed)
        yield self.record(rid, page.url, text, page.fetched, {**base, "kind": kind})
        if rng.random() < P_EXACT:
            for _ in range(rng.choice((1, 1, 1, 2))):
                url = page.url
                if rng.random() < 0.6:
                    url += rng.choice(QUERY_SUFFIXES).format(n=rng.randrange(10**8))
                later = page.fetched + dt.timedelta(minutes=rng.randint(1, 600))
                yield self.record(self.new_id(), url, text, later, {**base, "kind": "exact"})
        if rng.random() < P_NEAR:
            for _ in range(rng.choice((1, 1, 2))):
                changed, how = near_variant(rng, self.data, page)
                changed_text = render(changed, self.seed)
                if changed_text == text:
                    continue
                yield self.record(
                    self.new_id(),
                    page.url,
                    changed_text,
                    changed.fetched,
                    {**base, "kind": "near", "change": how},
                )

    def local_story(self, site: Site, when: dt.datetime, **kw: Any) -> Story:
        facts = kw.pop("facts", None) or make_facts(self.rng, self.data, site.country, when, site.name)
        facts = dict(facts, site=site.name)
        return write_story(self.rng, self.data, self.new_story_id(), facts, when, **kw)

    def event(self) -> Iterator[Record]:
        rng, data = self.rng, self.data
        kind = rng.choices(self.event_kinds, self.event_weights)[0]
        when = self.now()
        if kind == "original":
            site = rng.choice(self.sites)
            story = self.local_story(site, when)
            page = plan_page(rng, data, site, story, self.seed, self.number(site), wire=False)
            yield from self.article_records(page, story.sid, "original")
        elif kind == "wire":
            yield from self.wire_event(when)
        elif kind == "coverage":
            # The same event written up separately by 2-3 outlets of one country: shared names,
            # places and numbers, separate texts, so separate stories.
            country = rng.choice([c for c, sites in self.by_country.items() if len(sites) >= 2])
            sites = rng.sample(
                self.by_country[country], min(len(self.by_country[country]), rng.randint(2, 3))
            )
            facts = make_facts(rng, data, country, when, sites[0].name)
            self.next_event += 1
            event = f"e{self.next_event:06d}"
            for site in sites:
                story = self.local_story(site, when + dt.timedelta(minutes=rng.randint(0, 240)), facts=facts)
                page = plan_page(rng, data, site, story, self.seed, self.number(site), wire=False)
                yield from self.article_records(page, story.sid, "original", event)
        elif kind == "followup":
            # A site's later story on the same matter, repeating the first one's background
            # paragraph word for word: a different document that shares a paragraph.
            site = rng.choice(self.sites)
            facts = make_facts(rng, data, site.country, when, site.name)
            background = fill(rng.choice(data.sentences["background"]), Slots(facts, rng, data))
            self.next_event += 1
            event = f"e{self.next_event:06d}"
            for offset in (0, rng.randint(1, 5)):
                story = self.local_story(
                    site, when + dt.timedelta(days=offset), facts=facts, background=background
                )
                page = plan_page(rng, data, site, story, self.seed, self.number(site), wire=False)
                yield from self.article_records(page, story.sid, "original", event)
        elif kind == "listing":
            site = rng.choice(self.sites)
            url, text = listing_page(rng, data, site, self.seed, when)
            rid = self.new_id()
            yield self.record(rid, url, text, when, self.singleton(site, rid, "listing"))
        else:
            site = rng.choice(self.sites)
            bad = rng.choice(BAD_KINDS)
            rid = self.new_id()
            ts = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            url = f"https://{site.host}/article/{self.number(site)}"
            yield Record(bad_record(rng, bad, rid, url, ts), self.singleton(site, rid, bad))

    def singleton(self, site: Site, rid: str, kind: str) -> dict[str, Any]:
        return {
            "id": rid,
            "site": site.host,
            "duplicate_cluster": f"d{rid[1:]}",
            "story_cluster": f"x{rid[1:]}",
            "kind": kind,
        }

    def wire_event(self, when: dt.datetime) -> Iterator[Record]:
        rng, data = self.rng, self.data
        places = data.places
        country = rng.choice(list(places["countries"]))
        if rng.random() < 0.5:
            agency = places["countries"][country]["agency"]
        else:
            agency = rng.choice(places["international_agencies"])
        writer = places["agencies"][agency]["name"]
        facts = make_facts(rng, data, country, when, writer)
        wire = write_story(rng, data, self.new_story_id(), facts, when, agency=agency)
        # Republished mostly by the region's sites, with some from everywhere.
        near = [s for s in self.sites if s.country == country]
        pool = list({*near, *rng.sample(self.sites, 10)})
        pool.sort(key=lambda s: s.index)
        for site in rng.sample(pool, min(len(pool), rng.randint(2, 8))):
            copy = copy_desk_edit(rng, data, wire, site)
            page = plan_page(rng, data, site, copy, self.seed, self.number(site), wire=True)
            yield from self.article_records(page, wire.sid, "wire")

    # the whole stream --------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Record]:
        buffer: list[Record] = []
        size = 2048
        while self.emitted < self.pages:
            for rec in self.event():
                if self.emitted >= self.pages:
                    break
                if self.emitted in self.huge_at:
                    site = self.rng.choice(self.sites)
                    rid = self.new_id()
                    ts = self.now().strftime("%Y-%m-%dT%H:%M:%SZ")
                    huge = Record(
                        huge_record(self.rng, self.seed, site, rid, ts, self.huge_chars),
                        self.singleton(site, rid, "huge"),
                    )
                    buffer.append(huge)
                    self.emitted += 1
                    if self.emitted >= self.pages:
                        break
                buffer.append(rec)
                self.emitted += 1
                if len(buffer) >= size:
                    i = self.rng.randrange(len(buffer))
                    buffer[i], buffer[-1] = buffer[-1], buffer[i]
                    yield buffer.pop()
        self.rng.shuffle(buffer)
        yield from buffer


def generate(
    out: Path,
    pages: int,
    seed: int = 1,
    shard_size: int = 10_000,
    huge_chars: int = 4_000_000,
    quiet: bool = True,
) -> dict[str, Any]:
    """Write the corpus to ``out``; returns the manifest (also written to ``out/manifest.json``)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("pages-*.jsonl"):
        old.unlink()
    started = time.perf_counter()
    kinds: Counter[str] = Counter()
    shard = None
    shards: list[str] = []
    written = 0
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for rec in Generator(pages, seed, huge_chars):
            if written % shard_size == 0:
                if shard:
                    shard.close()
                name = f"pages-{written // shard_size:05d}.jsonl"
                shards.append(name)
                shard = (out / name).open("w", encoding="utf-8")
            shard.write(rec.line + "\n")
            truth.write(json.dumps(rec.truth, ensure_ascii=False) + "\n")
            kinds[rec.truth["kind"]] += 1
            written += 1
            if not quiet and written % 10_000 == 0:
                rate = written / (time.perf_counter() - started)
                print(f"\r{written:,} pages ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    if shard:
        shard.close()
    if not quiet:
        print(file=sys.stderr)
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "pages": pages,
        "seed": seed,
        "shard_size": shard_size,
        "huge_chars": huge_chars,
        "shards": shards,
        "kinds": dict(sorted(kinds.items())),
        "seconds": round(time.perf_counter() - started, 1),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shard-size", type=int, default=10_000)
    ap.add_argument(
        "--huge-chars", type=int, default=4_000_000, help="length of the huge-line record(s); 0 for none"
    )
    args = ap.parse_args(argv)
    manifest = generate(args.out, args.pages, args.seed, args.shard_size, args.huge_chars, quiet=False)
    print(json.dumps(manifest, ensure_ascii=False))


if __name__ == "__main__":
    main()
