"""Fetch a linked web page safely and read the article on it; the bot's only network code.

`fetch_page` refuses private addresses on every redirect hop, pages over 5 MB, slow sites and
non-page content. `page_article`, `find_links` and `mostly_link` are pure helpers around it.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import logging
import os
import re
import socket
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

import httpx

from intake.article import LoadedArticle, Reason

log = logging.getLogger(__name__)

ALLOW_PRIVATE_ENV = "NEWSROOM_ALLOW_PRIVATE_FETCH"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
USER_AGENT = "newsroom-bot/0.1 (+link fetcher for a newsroom Telegram bot)"

PRIVATE = Reason("link_private")
TOO_MANY_REDIRECTS = Reason("link_redirects")
NOT_A_WEB_LINK = Reason("link_not_web")
BAD_ADDRESS = Reason("link_bad_address")
UNKNOWN_HOST = Reason("link_unknown_host")
UNREACHABLE = Reason("link_unreachable")
BAD_CERTIFICATE = Reason("link_certificate")

# Cloud metadata endpoints; already link-local or unique-local, listed so the intent is explicit.
_METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
# NAT64 embeds an IPv4 address in the low 32 bits; the embedded address decides.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Resolver = Callable[[str, int], Awaitable[list[str]]]


class FetchError(Exception):
    """A page could not be fetched; `reason` is a short sentence fit to show the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class WebArticle:
    """The article found on a web page, with the metadata the page declares."""

    url: str | None
    title: str | None
    site_name: str | None
    author: str | None
    published: date | None
    updated: date | None
    text: str

    def as_text(self) -> str:
        """The article as plain text with the headline as its first line, as extraction expects."""
        body = self.text.strip()
        if self.title and not body.startswith(self.title.strip()):
            return f"{self.title.strip()}\n\n{body}"
        return body

    def to_loaded(self, name: str) -> LoadedArticle:
        """The article in the shape the ingest pipeline takes."""
        return LoadedArticle(name, self.as_text(), self.published, self.site_name, self.url)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page: final URL after redirects, status, type, decoded text and its article."""

    url: str
    status: int
    content_type: str
    text: str
    article: WebArticle | None


# --- addresses -------------------------------------------------------------------------------


def is_public_address(address: str) -> bool:
    """True when an IP address is routable on the public internet and not a metadata service."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and not is_public_address(str(embedded)):
            return False
    return not (
        ip in _METADATA
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def _env_allows_private() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes"}


async def _system_resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def _checked_addresses(url: httpx.URL, allow_private: bool, resolve: Resolver) -> list[str]:
    if url.scheme not in ("http", "https"):
        raise FetchError(NOT_A_WEB_LINK)
    if not url.host:
        raise FetchError(BAD_ADDRESS)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        addresses = list(dict.fromkeys(await resolve(url.host, port)))
    except (OSError, UnicodeError):
        raise FetchError(UNKNOWN_HOST) from None
    if not addresses:
        raise FetchError(UNKNOWN_HOST)
    # Any private answer refuses the host: a name that mixes public and private addresses is
    # either misconfigured or an attempt to reach inside.
    if not allow_private and not all(is_public_address(a) for a in addresses):
        log.info("refused %s: resolves to %s", url.host, addresses)
        raise FetchError(PRIVATE)
    return addresses


# --- the request loop -------------------------------------------------------------------------


async def fetch_page(
    url: str,
    *,
    allow_private: bool | None = None,
    timeout: float = 10.0,
    max_bytes: int = 5_000_000,
    max_redirects: int = 5,
    transport: httpx.AsyncBaseTransport | None = None,
    resolve: Resolver | None = None,
) -> FetchedPage:
    """Fetch a web page, following redirects by hand so every hop passes the address check.

    Each hop's host is resolved once (`resolve`, default the system resolver); if any address
    is private, loopback, link-local, multicast, reserved, unspecified or a metadata service,
    the fetch is refused, unless `allow_private` (default: the NEWSROOM_ALLOW_PRIVATE_FETCH
    environment switch). The request is then sent to the checked IP address itself, with the
    original Host header and TLS server name, so a DNS answer that changes between check and
    connect (rebinding) is never used. Keep-alive is off in the default transport so a TLS
    connection verified for one name is not reused for another. Proxies from the environment
    are ignored, since a proxy would resolve the name again.

    `timeout` bounds the whole fetch, including a body that trickles in; the body is streamed
    and refused once it passes `max_bytes`. Raises FetchError with a user-facing reason.
    """
    if allow_private is None:
        allow_private = _env_allows_private()
    try:
        current = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        raise FetchError(BAD_ADDRESS) from None
    try:
        async with asyncio.timeout(timeout):
            page = await _download(
                current,
                allow_private=allow_private,
                timeout=timeout,
                max_bytes=max_bytes,
                max_redirects=max_redirects,
                transport=transport,
                resolve=resolve or _system_resolve,
            )
    except (TimeoutError, httpx.TimeoutException):
        raise FetchError(Reason("link_timeout", count=max(1, round(timeout)))) from None
    if page.content_type == "text/plain":
        text = page.text.strip()
        article = WebArticle(page.url, None, None, None, None, None, text) if text else None
    else:
        # trafilatura is CPU-bound for tens of milliseconds: keep it off the event loop.
        article = await asyncio.to_thread(page_article, page.text, page.url)
    return FetchedPage(page.url, page.status, page.content_type, page.text, article)


async def _download(
    current: httpx.URL,
    *,
    allow_private: bool,
    timeout: float,
    max_bytes: int,
    max_redirects: int,
    transport: httpx.AsyncBaseTransport | None,
    resolve: Resolver,
) -> FetchedPage:
    if transport is None:
        transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain"}
    async with httpx.AsyncClient(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(timeout),
        headers=headers,
    ) as client:
        for _ in range(max_redirects + 1):
            addresses = await _checked_addresses(current, allow_private, resolve)
            response = await _send_pinned(client, current, addresses)
            try:
                if response.is_redirect:
                    try:
                        current = current.join(response.headers["location"])
                    except httpx.InvalidURL:
                        raise FetchError(BAD_ADDRESS) from None
                    continue
                return await _read_page(response, current, max_bytes)
            finally:
                await response.aclose()
    raise FetchError(TOO_MANY_REDIRECTS)


async def _send_pinned(
    client: httpx.AsyncClient, url: httpx.URL, addresses: list[str]
) -> httpx.Response:
    host_header = url.netloc.decode("ascii")
    extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
    last_error: httpx.HTTPError | None = None
    # Try the checked addresses in resolver order, so a host with a dead IPv6 route still works.
    for address in addresses[:4]:
        request = client.build_request(
            "GET",
            url.copy_with(host=address.split("%", 1)[0]),
            headers={"Host": host_header},
            extensions=extensions,
        )
        try:
            return await client.send(request, stream=True)
        except httpx.ConnectError as exc:
            if _bad_certificate(exc):
                raise FetchError(BAD_CERTIFICATE) from None
            last_error = exc
        except httpx.TimeoutException:
            raise
        except httpx.HTTPError as exc:
            log.info("fetch of %s failed: %r", url, exc)
            raise FetchError(UNREACHABLE) from None
    log.info("could not connect to %s: %r", url, last_error)
    raise FetchError(UNREACHABLE)


def _bad_certificate(exc: BaseException) -> bool:
    # httpx wraps the ssl error; walk the chain rather than match message text.
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _type_refusal(mime: str) -> Reason:
    if mime == "application/pdf":
        return Reason("link_pdf")
    if mime.startswith("image/"):
        return Reason("link_image")
    if mime.startswith(("video/", "audio/")):
        return Reason("link_media")
    return Reason("link_file_type", mime=mime)


_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
)


def _sniffed_type(head: bytes) -> str | None:
    return next((mime for magic, mime in _MAGIC if head.startswith(magic)), None)


def _size_refusal(max_bytes: int) -> Reason:
    return Reason("link_too_big", mb=f"{max_bytes / 1_000_000:g}")


async def _read_page(response: httpx.Response, url: httpx.URL, max_bytes: int) -> FetchedPage:
    if response.status_code >= 400:
        raise FetchError(Reason("link_http_error", status=response.status_code))
    content_type = response.headers.get("content-type", "")
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in PAGE_TYPES:
        raise FetchError(_type_refusal(mime))
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(_size_refusal(max_bytes))
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(_size_refusal(max_bytes))
            chunks.append(chunk)
    except httpx.TimeoutException:
        raise
    except httpx.HTTPError as exc:
        log.info("reading %s failed: %r", url, exc)
        raise FetchError(Reason("link_broke_off")) from None
    body = b"".join(chunks)
    # Servers mislabel files; trust the bytes over the header for the types we refuse.
    sniffed = _sniffed_type(body[:8])
    if sniffed:
        raise FetchError(_type_refusal(sniffed))
    return FetchedPage(
        str(url), response.status_code, mime or "text/html", decode_bytes(body, content_type), None
    )


# --- decoding ----------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def legacy_decode(data: bytes) -> str:
    """Decode non-UTF-8 bytes: Windows-1251 when they read as Cyrillic, else Windows-1252."""
    cyrillic = data.decode("cp1251", errors="replace")
    letters = [c for c in cyrillic if c.isalpha()]
    # Cyrillic prose is mostly non-ASCII letters; Western text has a few accented ones.
    if letters and sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters) > 0.3:
        return cyrillic
    return data.decode("cp1252", errors="replace")


def decode_bytes(data: bytes, content_type: str | None = None) -> str:
    """Decode a body: byte-order mark, then declared or <meta> charset, then UTF-8, then legacy."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(data[:4096])
    for encoding in (_codec(header and header.group(1)), _codec(meta and meta.group(1))):
        if encoding:
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return legacy_decode(data)


# --- the article on a page ---------------------------------------------------------------------

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_MODIFIED_KEYS = frozenset(
    [
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "last-modified",
        "dc.modified",
        "dcterms.modified",
        "modified_time",
        "lastmod",
    ]
)
_JSONLD_MODIFIED = re.compile(r"\"dateModified\"\s*:\s*\"(\d{4}-\d{2}-\d{2})")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: str | None) -> date | None:
    match = _ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(0))
    except ValueError:
        return None


def _modified_day(html: str) -> date | None:
    # htmldate prefers a date in the URL over a modified-time tag, so read the tags directly.
    head = html[:200_000]
    for tag in _META_TAG.findall(head):
        attrs = {k.lower(): a or b or c for k, a, b, c in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _MODIFIED_KEYS and (day := _day(attrs.get("content"))):
            return day
    match = _JSONLD_MODIFIED.search(head)
    return _day(match.group(1)) if match else None


def _reads_like_prose(text: str) -> bool:
    # Menus and link lists are short lines; an article has at least one real sentence.
    return any(len(line.split()) >= 10 for line in text.splitlines())


# trafilatura's time grows with a page's tags: a page of 240,000 (a live blog's every update, a
# comment thread) kept it busy for a minute while the editor waited. An article sits well inside
# the first tens of thousands, so the rest of the page is not read.
MAX_PAGE_TAGS = 30_000


def _bounded(html: str) -> str:
    """The page up to its MAX_PAGE_TAGS-th tag (the parser closes what the cut leaves open)."""
    position = -1
    for _ in range(MAX_PAGE_TAGS):
        position = html.find("<", position + 1)
        if position < 0:
            return html
    return html[:position]


def page_article(html: str, url: str | None = None) -> WebArticle | None:
    """The main article of an HTML page with its metadata, or None when there is none."""
    if not html or not html.strip():
        return None
    from trafilatura import bare_extraction  # 0.35 s to import: only when a page is read

    html = _bounded(html)
    try:
        doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # lxml and trafilatura raise many types on hostile markup
        log.info("no article extracted from %s: %r", url, exc)
        return None
    if doc is None or isinstance(doc, dict):
        return None
    text = (doc.text or "").strip()
    if not text or not _reads_like_prose(text):
        return None
    published = _day(doc.date)
    updated = _modified_day(html)
    if updated is not None and (published is None or updated <= published):
        updated = None
    return WebArticle(
        url=doc.url or url,
        title=doc.title or None,
        site_name=doc.sitename or None,
        author=doc.author or None,
        published=published,
        updated=updated,
        text=text,
    )


# --- links in a message ------------------------------------------------------------------------

_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"'«»“”‘’]+")
_TRAILING = ".,;:!?…'\""
_PAIRS = {")": "(", "]": "[", "}": "{"}
MOSTLY_LINK_CHARS = 300


def _trim(url: str) -> str:
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in _PAIRS and url.count(last) > url.count(_PAIRS[last]):
            # Keep balanced brackets, as in wiki-style links; drop the one closing the sentence.
            url = url[:-1]
        else:
            break
    return url


def find_links(text: str) -> list[str]:
    """The http(s) links in a message, in order, each once, without trailing punctuation."""
    links = (_trim(m.group(0)) for m in _URL.finditer(text or ""))
    return list(dict.fromkeys(link for link in links if len(link) > len("https://")))


def mostly_link(text: str) -> bool:
    """True when a message is a link plus little else (a headline, a comment), not an article."""
    if not find_links(text):
        return False
    rest = _URL.sub(" ", text)
    return len(" ".join(rest.split())) < MOSTLY_LINK_CHARS
