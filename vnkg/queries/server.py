"""A read-only SPARQL 1.1 Protocol endpoint over any store, for tools that speak SPARQL.

``GET /query?query=…`` or ``POST /query`` (``application/sparql-query`` or a form with
``query=``) answers SELECT and ASK queries as SPARQL JSON, CSV or TSV, chosen by the
``Accept`` header. Named queries of the catalogue are at ``GET /queries/NAME?param=…``,
their parameters bound as RDF terms. Writes are refused: the store is built by
``vnkg build``.
"""

from __future__ import annotations

import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from vnkg.errors import VnkgError
from vnkg.queries import catalog
from vnkg.queries.results import Queryable, Term, to_csv, to_json, to_tsv

_TYPES = {
    "application/sparql-results+json": to_json,
    "application/json": to_json,
    "text/csv": to_csv,
    "text/tab-separated-values": to_tsv,
}


def _negotiate(accept: str) -> tuple[str, object]:
    """The results format the client prefers among those we write (JSON by default)."""
    for part in accept.split(","):
        mime = part.split(";")[0].strip()
        if mime in _TYPES:
            return mime, _TYPES[mime]
    return "application/sparql-results+json", to_json


def make_handler(store: Queryable) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to ``store``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "vnkg"

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: a data tool's stderr is for its own messages."""

        def _answer(self, status: int, body: bytes, mime: str = "text/plain; charset=utf-8") -> None:
            self.send_response(status)
            self.send_header("Content-Type", mime)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _run(self, text: str, bindings: dict[str, Term] | None = None) -> None:
            mime, fmt = _negotiate(self.headers.get("Accept", ""))
            try:
                results = store.select(text, bindings)
            except VnkgError as e:
                self._answer(HTTPStatus.BAD_REQUEST, f"{e}\n".encode())
                return
            self._answer(HTTPStatus.OK, fmt(results).encode("utf-8"), f"{mime}; charset=utf-8")  # type: ignore[operator]

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            args = dict(urllib.parse.parse_qsl(url.query))
            if url.path == "/query" and "query" in args:
                self._run(args["query"])
            elif url.path.startswith("/queries/"):
                name = url.path.removeprefix("/queries/")
                try:
                    text = catalog.load(name).text
                except VnkgError as e:
                    self._answer(HTTPStatus.NOT_FOUND, f"{e}\n".encode())
                    return
                self._run(text, {k: Term.literal(v) for k, v in args.items()})
            elif url.path == "/":
                lines = [f"/queries/{n}\t{catalog.load(n).description}" for n in catalog.names()]
                self._answer(HTTPStatus.OK, ("vnkg SPARQL endpoint: /query\n" + "\n".join(lines) + "\n").encode())
            else:
                self._answer(HTTPStatus.NOT_FOUND, b"not found: use /query?query=... or /queries/NAME\n")

        def do_POST(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/query":
                self._answer(HTTPStatus.FORBIDDEN, b"read-only endpoint: only /query is served\n")
                return
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode("utf-8")
            ctype = self.headers.get("Content-Type", "").split(";")[0].strip()
            if ctype == "application/x-www-form-urlencoded":
                body = dict(urllib.parse.parse_qsl(body)).get("query", "")
            if not body.strip():
                self._answer(HTTPStatus.BAD_REQUEST, b"no query\n")
                return
            self._run(body)

    return Handler


def serve(store: Queryable, host: str = "127.0.0.1", port: int = 7879) -> ThreadingHTTPServer:
    """An HTTP server for ``store`` (not yet serving: call ``serve_forever``)."""
    return ThreadingHTTPServer((host, port), make_handler(store))
