#!/usr/bin/env python
"""Reading speed: akhbar's WARC reader beside plain FastWARC, and HTML → Article beside trafilatura.

    python bench/read_bench.py            # 2,000 records, 100 pages parsed: a quick look
    python bench/read_bench.py --full     # 10,000 records, 1,000 pages parsed: the reported figures

Builds a gzip WARC in a temporary folder, one gzip member per record as crawlers write them: for
each page a request record and a response record (written with FastWARC's writer). Pages are
realistic Arabic news HTML: the text of bench/gen_corpus.py's pages (its sites, templates and
furniture) inside a site skeleton with inline CSS, scripts, JSON-LD, menus and a footer, 30–60 KB a
page; 3% are windows-1256 pages that say so only in their <meta> tag, as older Arabic sites do.

Then, in this one process, each measured ``--repeat`` (``--parse-repeat``) times, interleaved, best
run kept. Times are
CPU time of this process (``time.process_time``), so that other work on a shared machine does not
land on one contender's wall clock; every contender here is single-threaded Python driving C/Rust.

1. records/s — FastWARC alone: iterate the response records, read each payload, the URL and date
   headers (the least any consumer does); FastWARC + decode: the same plus ``bytes.decode`` with
   the HTTP charset (the least that yields text). akhbar.read: ``akhbar.readers.read(path)``,
   reading each document's id, url and fetched_at — what the FastWARC line reads. Its documents
   decode on first use, so this is what a consumer pays that filters on those fields or, as
   ``akhbar ingest`` does, hands documents to worker processes that decode and parse them there;
   it still derives ids, checks statuses, content types and emptiness, and parses the date.
   akhbar.read + text: the same, also reading ``html``, which decodes the payload (the charset
   of undeclared pages found, mojibake and invisible controls checked): the line to set beside
   FastWARC + decode. Overhead = akhbar's time per record over the baseline's, minus one.
2. pages/s — trafilatura alone: ``trafilatura.extract(html, url=url)`` with its defaults;
   akhbar's extraction: ``akhbar.readers.html.extract`` (recall settings, metadata, page parts
   lifted); akhbar HTML → Article: ``akhbar.pipeline.process`` (extraction, then the parser).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import gen_corpus  # noqa: E402

from akhbar.model import Failure  # noqa: E402
from akhbar.readers import read  # noqa: E402

LEGACY_SHARE = 0.03
PAGE_KINDS = {"original", "wire", "exact", "near", "listing"}


def site_skeleton(host: str) -> dict[str, str]:
    """A site's fixed markup: stylesheet, scripts, menu, footer; drawn once per host."""
    rng = random.Random(host)

    def word(n: int = 8) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, n)))

    css = "\n".join(
        f".{word()}-{word()} {{margin:{rng.randint(0, 40)}px {rng.randint(0, 40)}px;"
        f"color:#{rng.randrange(16**6):06x};font-size:{rng.randint(10, 32)}px;"
        f"{rng.choice(['display:flex', 'float:right', 'position:relative', 'text-align:right'])}}}"
        for _ in range(rng.randint(120, 220))
    )
    js = "\n".join(
        f"function {word()}({word(4)},{word(4)}){{var {word()}={rng.randint(0, 10**6)};"
        f"if({word(4)}>{rng.randint(0, 99)}){{return {word(4)}.{word()}('{word()}')}}"
        f"window.{word()}=document.querySelector('.{word()}');}}"
        for _ in range(rng.randint(40, 90))
    )
    menu = "".join(f'<li><a href="/{word()}/{word()}">{word()}</a></li>' for _ in range(rng.randint(15, 40)))
    return {
        "css": css,
        "js": js,
        "menu": menu,
        "footer": f'<div class="{word()}">{word()} {word()} {word()}</div>' * rng.randint(3, 8),
    }


def to_html(text: str, url: str, timestamp: str, skeleton: dict[str, str], charset: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next((line for line in lines if "  " not in line), lines[0])
    body = "\n".join(
        f'<h1 class="post-title">{line}</h1>' if line == title else f"<p>{line}</p>" for line in lines
    )
    ld = json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": timestamp, "url": url})
    return (
        f'<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="{charset}">'
        f'<title>{title}</title><meta name="description" content="{lines[-1][:150]}">'
        f'<meta property="og:url" content="{url}"><style>{skeleton["css"]}</style>'
        f'<script>{skeleton["js"]}</script><script type="application/ld+json">{ld}</script></head>'
        f'<body><header><nav class="main-menu"><ul>{skeleton["menu"]}</ul></nav></header>'
        f'<main><article class="post">{body}</article></main>'
        f"<footer>{skeleton['footer']}</footer><script>{skeleton['js'][:2000]}</script></body></html>"
    )


def pages(count: int, seed: int) -> Iterator[tuple[str, str, bytes, str]]:
    """(url, timestamp, HTTP response bytes, charset) for ``count`` news pages."""
    rng = random.Random(seed)
    skeletons: dict[str, dict[str, str]] = {}
    made = 0
    for record in gen_corpus.Generator(count * 2, seed, 0):
        if record.truth["kind"] not in PAGE_KINDS:
            continue  # the generator's deliberately bad JSON records
        data = json.loads(record.line)
        text = data["text"]
        url = data["url"]
        host = url.split("/")[2]
        skeleton = skeletons.setdefault(host, site_skeleton(host))
        legacy = rng.random() < LEGACY_SHARE
        charset = "windows-1256" if legacy else "utf-8"
        html = to_html(text, url, data["timestamp"], skeleton, charset)
        payload = html.encode("cp1256", "replace") if legacy else html.encode("utf-8")
        content_type = b"text/html" if legacy else b"text/html; charset=utf-8"
        http = (
            b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: %d\r\n"
            b"Server: nginx\r\n\r\n" % len(payload)
        ) + payload
        yield url, data["timestamp"], http, charset
        made += 1
        if made == count:
            return


def write_warc(path: Path, count: int, seed: int) -> int:
    request_template = b"GET / HTTP/1.1\r\nHost: %s\r\nUser-Agent: bench\r\nAccept: text/html\r\n\r\n"
    written = 0
    with GzipWriter(str(path)) as out:
        for url, timestamp, http, _ in pages(count, seed):
            request = request_template % url.split("/")[2].encode()
            for kind, block in ((WarcRecordType.request, request), (WarcRecordType.response, http)):
                record = WarcRecord()
                record.init_headers(kind, content_length=len(block))
                record.headers["WARC-Target-URI"] = url
                record.headers["WARC-Date"] = timestamp if timestamp.endswith("Z") else timestamp + "Z"
                record.headers["Content-Type"] = f"application/http; msgtype={kind}"
                record.set_bytes_content(block)
                record.write(out)
                out.finish()
            written += 1
    return written


# ---------------------------------------------------------------------------------------------
# The contenders


def fastwarc_only(path: Path) -> int:
    n = 0
    for record in ArchiveIterator(str(path), record_types=WarcRecordType.response):
        record.reader.read()
        record.headers.get("WARC-Target-URI")
        record.headers.get("WARC-Date")
        n += 1
    return n


def fastwarc_decode(path: Path) -> int:
    n = 0
    for record in ArchiveIterator(str(path), record_types=WarcRecordType.response):
        body = record.reader.read()
        record.headers.get("WARC-Target-URI")
        record.headers.get("WARC-Date")
        body.decode(record.http_charset or "utf-8", "replace")
        n += 1
    return n


def akhbar_read(path: Path) -> int:
    n = 0
    for item in read(path):
        if isinstance(item, Failure) or item.fetched_at is None or not item.id or not item.url:
            raise SystemExit(f"not a page with an id, URL and date: {item}")
        n += 1
    return n


def akhbar_read_text(path: Path) -> int:
    n = 0
    for item in read(path):
        if isinstance(item, Failure) or item.html is None or item.fetched_at is None or not item.id:
            raise SystemExit(f"not a dated page: {item}")
        n += 1
    return n


def rounds(repeat: int, contenders: dict[str, Callable[[], int]]) -> dict[str, list[tuple[float, int]]]:
    """(CPU seconds, items) of every run, contenders taking turns within each round."""
    runs: dict[str, list[tuple[float, int]]] = {name: [] for name in contenders}
    for _ in range(repeat):
        for name, run in contenders.items():
            started = time.process_time()
            count = run()
            runs[name].append((time.process_time() - started, count))
    return runs


def best(runs: list[tuple[float, int]]) -> tuple[float, int]:
    return min(runs)


def median_ratio(ours: list[tuple[float, int]], theirs: list[tuple[float, int]]) -> float:
    """Runs of one round share the machine's load of the moment, so the ratio within a round is
    steadier on a busy machine than the ratio of best runs drawn from different moments."""
    return statistics.median(a / b for (a, _), (b, _) in zip(ours, theirs, strict=True))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="10,000 records and 1,000 parsed pages")
    ap.add_argument("--records", type=int, help="response records (default 2,000; 10,000 with --full)")
    ap.add_argument("--pages", type=int, help="pages for HTML → Article (default 100; 1,000 with --full)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each reader (best kept)")
    ap.add_argument("--parse-repeat", type=int, default=3, help="runs of each HTML contender (best kept)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    records = args.records or (10_000 if args.full else 2_000)
    parse_pages = args.pages or (1_000 if args.full else 100)

    with tempfile.TemporaryDirectory(prefix="akhbar-read-bench-") as folder:
        path = Path(folder) / "bench.warc.gz"
        started = time.perf_counter()
        written = write_warc(path, records, args.seed)
        size = path.stat().st_size
        print(
            f"WARC: {written:,} response records (+ {written:,} request records), {size / 1e6:,.1f} MB gzip, "
            f"written in {time.perf_counter() - started:,.1f} s"
        )
        results = rounds(
            args.repeat,
            {
                "fastwarc": lambda: fastwarc_only(path),
                "fastwarc+decode": lambda: fastwarc_decode(path),
                "akhbar.read": lambda: akhbar_read(path),
                "akhbar.read + text": lambda: akhbar_read_text(path),
            },
        )
        print(f"\nrecords per CPU-second (best of {args.repeat})")
        for name, runs in results.items():
            elapsed, count = best(runs)
            print(f"  {name:20s} {count / elapsed:10,.0f} records/s  ({elapsed:.2f} CPU-s for {count:,})")
        for ours in ("akhbar.read", "akhbar.read + text"):
            for name in ("fastwarc", "fastwarc+decode"):
                by_best = best(results[ours])[0] / best(results[name])[0] - 1
                by_round = median_ratio(results[ours], results[name]) - 1
                print(
                    f"  {ours} overhead over {name}: {by_best:+.1%} best runs, {by_round:+.1%} median round"
                )

        sample = [doc for _, doc in zip(range(parse_pages), read(path), strict=False)]
        for doc in sample:
            doc.html  # noqa: B018  # decoded now, so that no HTML contender's first run pays for it
    parse_speed(sample, args.parse_repeat)


def parse_speed(documents: list, repeat: int) -> None:
    import trafilatura

    from akhbar.readers.html import extract

    try:
        from akhbar.pipeline import process
    except ImportError:
        process = None

    contenders: dict[str, Callable[[], int]] = {
        "trafilatura.extract": lambda: sum(
            1 for doc in documents if trafilatura.extract(doc.html, url=doc.url) is not None or True
        ),
        "akhbar html.extract": lambda: sum(1 for doc in documents if extract(doc.html, doc.url) is not None),
    }
    if process is not None:
        contenders["akhbar process"] = lambda: sum(1 for doc in documents if process(doc) is not None)
    results = rounds(repeat, contenders)
    print(f"\nHTML → text / Article, {len(documents):,} pages, per CPU-second (best of {repeat})")
    for name, runs in results.items():
        elapsed, count = best(runs)
        print(f"  {name:22s} {count / elapsed:8,.1f} pages/s")
    base = results["trafilatura.extract"]
    for name in list(results)[1:]:
        by_best = best(results[name])[0] / best(base)[0]
        by_round = median_ratio(results[name], base)
        print(f"  {name} / trafilatura.extract time: {by_best:.2f}x best runs, {by_round:.2f}x median round")
    if process is None:
        print("  akhbar.pipeline.process: pending (not importable yet)")


if __name__ == "__main__":
    main()
