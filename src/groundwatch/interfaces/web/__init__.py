"""``groundwatch serve``: the web app and JSON API over a store.

Pages (server-rendered, Jinja2 autoescape, a little vanilla JS, no network assets)::

    /                    stories, newest activity first, key figures and independent sources
    /stories/{id}        a story: summary, figures (charts), timeline, quotes, contradictions, map, sources;
                         ?outlet=&kind= filter it, figures recomputed from the claims kept
    /articles/{id}       clean text with every fact highlighted; ?s=N highlights sentence N
    /search?q=           full-text search (FTS5) with snippets
    /ingest              upload files / archives or fetch a URL; runs the pipeline in the background

JSON API under ``/api/`` (OpenAPI at ``/openapi.json``, tried out at ``/docs``).

Layout: ``app`` (factory, middleware, error handlers), ``routes/pages`` and ``routes/api``,
``views`` and ``article_view`` (what a page needs), ``svg`` (charts and map geometry),
``jobs`` (the ingest runner; jobs are kept in the store), ``uploads`` (checks and archive
extraction), ``templates/`` (every page and macro). SQL lives in ``groundwatch.store``.

Security: every article field is untrusted and rendered escaped; URLs are linked only when
http(s); a strict Content-Security-Policy forbids inline scripts. Every write (POST) needs the
token when one is set (``Authorization: Bearer`` or the form's ``token`` field), and is refused
when a browser says it comes from another site. Uploads are size-capped and type-checked,
archives are extracted without path traversal, and URLs are fetched by :mod:`..fetch`.
"""

from groundwatch.interfaces.web.app import create_app, serve

__all__ = ["create_app", "serve"]
