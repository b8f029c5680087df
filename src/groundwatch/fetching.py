"""Fetching a feed or page URL for ingestion, without letting the server be turned against its own network.

Shared by the web app (a URL pasted into the ingest form) and the monitor (``monitor/``: links
found inside fetched feeds; the sources an operator names are fetched with ``refuse_private=False``).

A URL typed into the web app, or found in fetched content, is untrusted: it may point at the
machine itself (``127.0.0.1``, ``localhost``), the private network (``10.x``, ``192.168.x``), cloud metadata endpoints
(``169.254.169.254``) or use a scheme that reads local files. So, before every request,
including each redirect (followed by hand, at most :data:`MAX_REDIRECTS`):

* only ``http`` and ``https`` are accepted;
* the host name is resolved and EVERY address must be public (not loopback, private,
  link-local, multicast, reserved, unspecified...);
* the connection is made to the address that was checked (the URL's host is replaced by it,
  with the ``Host`` header and TLS SNI set to the name), so a second DNS answer cannot differ
  ("DNS rebinding");
* the body is streamed and the download stops past :data:`MAX_FETCH_BYTES`; connect and
  read time out after :data:`FETCH_TIMEOUT` seconds.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from groundwatch.errors import InputError

#: Largest body fetched. News pages are 50 KB-2 MB of HTML; feeds rarely exceed 5 MB.
MAX_FETCH_BYTES = 10 * 1024 * 1024
#: Seconds allowed to connect, and between two reads. Generous for slow news sites, short
#: enough that a stalled server does not hold an ingest job for long.
FETCH_TIMEOUT = 15.0
#: Redirects followed. News sites chain 1-3 (http->https, www, consent); more is a loop or a trick.
MAX_REDIRECTS = 5
ALLOWED_SCHEMES = ("http", "https")
USER_AGENT = "groundwatch/0.1 (+news monitoring; single page fetch)"

Resolver = Callable[[str, int], list[str]]


class FetchError(InputError):
    """A URL that is refused or could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, lower-case ("text/html")
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names (etag, last-modified)


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    return [str(info[4][0]) for info in infos]


def address_refused(address: str, *, allow_loopback: bool = False) -> str | None:
    """Why an IP address must not be contacted, or None when it is a public address.

    Args:
        address: an IPv4 or IPv6 address (IPv4-mapped IPv6 is checked as IPv4).
        allow_loopback: accept 127.0.0.0/8 and ::1 (tests against a local server only).
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"not an IP address: {address!r}"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return None if allow_loopback else f"{ip} is a loopback address"
    checks = (("private", ip.is_private), ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
              ("reserved", ip.is_reserved), ("unspecified", ip.is_unspecified))
    for name, bad in checks:
        if bad:
            return f"{ip} is a {name} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def check_url(url: str, *, allow_loopback: bool = False, resolver: Resolver = _resolve) -> tuple[str, str]:
    """Refuse a URL that must not be fetched; return (host name, the checked address to connect to).

    Raises:
        FetchError: a scheme other than http(s), no host, credentials in the URL, or a host
            with any non-public address.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"malformed URL: {exc}") from exc
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise FetchError("the URL has no host")
    if parts.username or parts.password:
        raise FetchError("URLs with credentials are refused")
    port = port or (443 if parts.scheme.lower() == "https" else 80)
    addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"host {host!r} has no address")
    for address in addresses:
        why = address_refused(address, allow_loopback=allow_loopback)
        if why:
            raise FetchError(f"refused to fetch {host!r}: {why}")
    return host, addresses[0]


def _pinned(url: str, address: str) -> str:
    """The URL with its host replaced by the checked address (IPv6 bracketed)."""
    parts = urlsplit(url)
    netloc = f"[{address}]" if ":" in address else address
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def _request(client: httpx.Client, url: str, *, allow_loopback: bool, resolver: Resolver,
             refuse_private: bool) -> httpx.Request:
    """The GET of ``url``: to the checked address (pinned), or as given for a trusted source."""
    if not refuse_private:
        try:
            scheme = urlsplit(url).scheme.lower()
        except ValueError as exc:
            raise FetchError(f"malformed URL: {exc}") from exc
        if scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"only http and https URLs can be fetched, not {scheme or 'no scheme'!r}")
        return client.build_request("GET", url)
    host, address = check_url(url, allow_loopback=allow_loopback, resolver=resolver)
    parts = urlsplit(url)
    host_header = host if not parts.port else f"{host}:{parts.port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" + (f":{parts.port}" if parts.port else "")
    extensions = {"sni_hostname": host} if parts.scheme.lower() == "https" else {}
    return client.build_request("GET", _pinned(url, address), headers={"Host": host_header}, extensions=extensions)


def fetch(url: str, *, max_bytes: int = MAX_FETCH_BYTES, timeout: float = FETCH_TIMEOUT,
          max_redirects: int = MAX_REDIRECTS, allow_loopback: bool = False,
          resolver: Resolver = _resolve, refuse_private: bool = True, headers: Mapping[str, str] | None = None,
          user_agent: str = USER_AGENT) -> Fetched:
    """Fetch ``url`` safely (see the module docstring).

    Args:
        url: an http(s) URL.
        max_bytes: stop and refuse past this many bytes of body.
        timeout: seconds for connecting and for each read.
        max_redirects: redirects followed, each re-checked.
        allow_loopback: for tests against a local server only: accept loopback addresses.
        resolver: host name -> addresses (tests substitute one; default: the system's DNS).
        refuse_private: False for a source the operator named (any address, intranet included;
            the scheme is still checked); True for anything found in content or typed into the app.
        headers: extra request headers (the monitor's ``If-None-Match`` / ``If-Modified-Since``).
        user_agent: the User-Agent header sent.

    Returns:
        The fetched document; a ``304 Not Modified`` answer comes back with status 304 and no body.

    Raises:
        FetchError: refused, unreachable, timed out, too large, too many redirects, or an
            HTTP error status.
    """
    current = url
    with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False,
                      headers={"User-Agent": user_agent, **(headers or {})}) as client:
        for _ in range(max_redirects + 1):
            request = _request(client, current, allow_loopback=allow_loopback, resolver=resolver,
                               refuse_private=refuse_private)
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out fetching {current}") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {current}: {exc}") from exc
            try:
                if response.status_code == 304:  # not modified (httpx counts it a redirect)
                    return Fetched(url=url, final_url=current, status=304, content_type="", body=b"",
                                   headers={k.lower(): v for k, v in response.headers.items()})
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"redirect without a location from {current}")
                    current = urljoin(current, location)
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"{current} answered HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"{current} is larger than {max_bytes} bytes")
                chunks: list[bytes] = []
                size = 0
                try:
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"{current} is larger than {max_bytes} bytes")
                        chunks.append(chunk)
                except httpx.TimeoutException as exc:
                    raise FetchError(f"timed out reading {current}") from exc
                except httpx.HTTPError as exc:
                    raise FetchError(f"cannot read {current}: {exc}") from exc
                media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
                return Fetched(url=url, final_url=current, status=response.status_code, content_type=media,
                               body=b"".join(chunks), headers={k.lower(): v for k, v in response.headers.items()})
            finally:
                response.close()
    raise FetchError(f"more than {max_redirects} redirects from {url}")
