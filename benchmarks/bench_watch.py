"""Watch cycles over N loopback feeds: seconds per cycle and resident memory across many cycles.

A loopback HTTP server serves N RSS feeds (full-content items, invented text from a template with
varying places and numbers). Cycle 1 reads every item; then, for --cycles cycles, one feed in
turn gains an item (a small change: ingest, analyse, relink, diff); every other feed answers 304
to its ETag. Prints per cycle: seconds, articles new, changes, current RSS (MiB); then the
medians and the RSS growth from cycle 2 to the last (a leak shows as steady growth).

    .venv/bin/python benchmarks/bench_watch.py --feeds 20 --items 3 --cycles 30
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.server
import resource
import statistics
import sys
import tempfile
import threading
import time
from email.utils import format_datetime
from pathlib import Path

TOWNS = ["Amberly", "Coldwater", "Drayfield", "Eastmere", "Fallowby", "Greystock", "Hollin", "Ivybridge",
         "Jessop", "Kirkholm", "Lanyard", "Moorcroft", "Nettlebed", "Oxhey", "Pellow", "Quarrendon"]
TEMPLATE = ("A landslide buried homes in {town} on Monday, killing {n} people and injuring {m}, the district "
            "council said on Tuesday. Rescue teams with dogs searched the mud for survivors. \"We are digging "
            "with our hands,\" said council leader Maris Penhallow. About {d} residents left their homes.")


def _item(feed: int, k: int) -> str:
    town = TOWNS[(feed + k) % len(TOWNS)]
    when = format_datetime(dt.datetime(2026, 4, 1 + k % 27, 9, tzinfo=dt.UTC))
    body = TEMPLATE.format(town=town, n=3 + feed + k, m=10 + k, d=100 * (feed + 1))
    return (f"<item><title>Landslide in {town}</title><link>http://feeds.invalid/{feed}/{k}</link>"
            f"<guid>http://feeds.invalid/{feed}/{k}</guid><pubDate>{when}</pubDate>"
            f"<description><![CDATA[{body}]]></description></item>")


class Feeds:
    def __init__(self, n: int, items: int) -> None:
        self.counts = [items] * n
        self.lock = threading.Lock()

    def body(self, feed: int) -> tuple[bytes, str]:
        with self.lock:
            count = self.counts[feed]
        xml = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Feed {feed}</title>'
               f"<language>en</language>{''.join(_item(feed, k) for k in range(count))}</channel></rss>")
        return xml.encode(), f'"{feed}-{count}"'


def _serve(feeds: Feeds) -> str:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if not self.path.startswith("/feed/"):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, etag = feeds.body(int(self.path.rsplit("/", 1)[1]))
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def _rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--items", type=int, default=3)
    ap.add_argument("--cycles", type=int, default=30)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from groundwatch.monitor.fetch import Fetcher
    from groundwatch.monitor.sources import Source
    from groundwatch.monitor.watch import Watcher
    from groundwatch.store.sqlite import Store

    feeds = Feeds(args.feeds, args.items)
    base = _serve(feeds)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        watcher = Watcher(store=store, sources=[Source(f"feed-{i}", "feed", f"{base}/feed/{i}")
                                                for i in range(args.feeds)],
                          fetcher=Fetcher(host_interval=0))
        rows = []
        for cycle in range(args.cycles + 1):
            if cycle:
                with feeds.lock:
                    feeds.counts[cycle % args.feeds] += 1
            started = time.perf_counter()
            result = watcher.cycle(force=True)
            rows.append((time.perf_counter() - started, result.summary.get("new", 0), result.changes, _rss_mib()))
            print(f"cycle {cycle + 1:3d}: {rows[-1][0]:7.2f}s  new {rows[-1][1]:3d}  changes {rows[-1][2]:3d}  "
                  f"rss {rows[-1][3]:7.1f} MiB", flush=True)
        store.close()
    later = rows[1:]
    print(f"\n{args.feeds} feeds x {args.items} items: first cycle {rows[0][0]:.1f}s "
          f"({rows[0][1]} articles, models loaded); later cycles median {statistics.median(r[0] for r in later):.2f}s "
          f"(one new item each); RSS {later[0][3]:.0f} -> {later[-1][3]:.0f} MiB over {len(later)} cycles; "
          f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
