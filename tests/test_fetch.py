"""Link fetching against a local HTTP server: articles, limits, refusals and the address guard."""

import asyncio
import ssl
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.fetch import (
    FetchError,
    decode_bytes,
    fetch_page,
    find_links,
    is_public_address,
    mostly_link,
    page_article,
)

PAGES = Path(__file__).parent / "pages"
BIG = 20 * 1024 * 1024
# A public-looking address that a test resolver hands out; the relay transport below delivers
# its traffic to the local server, so nothing leaves the machine.
PUBLIC_IP = "93.184.216.34"


class _Handler(BaseHTTPRequestHandler):
    """Serves our own pages, redirect chains, oversized, slow and non-page responses."""

    server: "_PageServer"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def _send(self, status, content_type, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in extra:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, total, declare_length):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if declare_length:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
        sent = 0
        try:
            while sent < total:
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        self.server.sent[self.path] = sent

    def do_GET(self):
        self.server.hosts.append(self.headers.get("Host"))
        path = self.path
        if path in ("/article", "/broken", "/navigation"):
            body = (PAGES / f"{path[1:]}.html").read_bytes()
            self._send(200, "text/html; charset=utf-8", body)
        elif path == "/cp1251":
            # The charset is declared only inside the page, as old Ukrainian sites do.
            body = (PAGES / "povitria.html").read_text("utf-8").encode("cp1251")
            self._send(200, "text/html", body)
        elif path == "/plain":
            self._send(200, "text/plain; charset=utf-8", "Сили ППО збили 30 дронів.".encode())
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hop/{left - 1}" if left > 1 else "/article")
        elif path == "/to-loopback":
            self._redirect(f"http://127.0.0.1:{self.server.server_port}/article")
        elif path == "/to-localhost":
            self._redirect(f"http://localhost:{self.server.server_port}/article")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/big":
            self._stream(BIG, declare_length=False)
        elif path == "/big-declared":
            self._stream(BIG, declare_length=True)
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100):  # one byte every 0.1 s: no read ever waits long
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/hang":
            time.sleep(3)
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
        elif path == "/png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif path == "/pdf-as-html":
            self._send(200, "text/html", b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
        elif path == "/missing":
            self._send(404, "text/html", b"<h1>Not found</h1>")
        else:
            self._send(404, "text/plain", b"no such test page")


class _PageServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.sent: dict[str, int] = {}
        self.hosts: list[str | None] = []


@pytest.fixture(scope="module")
def server():
    """A local HTTP server on 127.0.0.1 serving the pages in tests/pages."""
    srv = _PageServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def base(server):
    """The base URL of the local server."""
    server.sent.clear()
    server.hosts.clear()
    return f"http://127.0.0.1:{server.server_port}"


TLS = PAGES / "tls"


@pytest.fixture(scope="module")
def tls_server():
    """The same pages over HTTPS, with a self-signed certificate for news.example only."""
    srv = _PageServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "news-example-cert.pem", TLS / "news-example-key.pem")
    srv.server_names = []
    context.sni_callback = lambda sock, name, ctx: srv.server_names.append(name)
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


class _Relay(httpx.AsyncBaseTransport):
    """Delivers requests for PUBLIC_IP to the local server and records where each was sent."""

    def __init__(self, port):
        self.port = port
        self.inner = httpx.AsyncHTTPTransport()
        self.seen: list[tuple[str, str]] = []

    async def handle_async_request(self, request):
        self.seen.append((request.url.host, request.headers["host"]))
        if request.url.host != PUBLIC_IP:
            raise httpx.ConnectError(f"test relay refuses {request.url.host}", request=request)
        request.url = request.url.copy_with(host="127.0.0.1", port=self.port)
        return await self.inner.handle_async_request(request)

    async def aclose(self):
        await self.inner.aclose()


def _resolver(table, calls=None):
    async def resolve(host, port):
        if calls is not None:
            calls.append(host)
        if host in table:
            answer = table[host]
            return answer(len(calls or ())) if callable(answer) else answer
        raise OSError(f"unknown test host {host}")

    return resolve


class _NoNetwork(httpx.AsyncBaseTransport):
    """Fails the test if a request gets past the address guard."""

    async def handle_async_request(self, request):
        raise AssertionError(f"guard let a request through to {request.url}")


# --- pages ---------------------------------------------------------------------------------------


async def test_article_page_gives_title_site_author_dates_and_text(base):
    page = await fetch_page(f"{base}/article", allow_private=True)
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.url == f"{base}/article"
    article = page.article
    assert article is not None
    assert article.title == "Air defences down 41 of 48 drones launched overnight, air force says"
    assert article.site_name == "Dnipro Desk"
    assert article.author == "Olena Marchenko"
    assert article.published == date(2024, 3, 14)
    assert article.updated == date(2024, 3, 15)
    assert "destroyed 41 of the drones" in article.text
    assert "Subscribe" not in article.text  # navigation is not part of the article
    assert "All rights reserved" not in article.text


async def test_article_converts_for_ingest_with_headline_first(base):
    page = await fetch_page(f"{base}/article", allow_private=True)
    loaded = page.article.to_loaded("link")
    assert loaded.text.splitlines()[0] == page.article.title
    assert loaded.outlet == "Dnipro Desk"
    assert loaded.published == date(2024, 3, 14)
    assert loaded.url == "https://dniprodesk.example/2024/03/14/drones-overnight"


async def test_charset_declared_in_the_page_is_honoured(base):
    page = await fetch_page(f"{base}/cp1251", allow_private=True)
    assert "знешкодили 30" in page.text
    assert page.article is not None
    assert page.article.title == "Сили ППО знищили 30 із 35 дронів"


async def test_plain_text_page_is_its_own_article(base):
    page = await fetch_page(f"{base}/plain", allow_private=True)
    assert page.content_type == "text/plain"
    assert page.article.text == "Сили ППО збили 30 дронів."


async def test_navigation_only_page_has_no_article(base):
    page = await fetch_page(f"{base}/navigation", allow_private=True)
    assert page.status == 200
    assert "Economy" in page.text
    assert page.article is None


async def test_broken_html_still_gives_the_article(base):
    page = await fetch_page(f"{base}/broken", allow_private=True)
    assert "Istanbul" in page.text
    assert page.article.title == "Exchange talks resume in Istanbul"
    assert "swap of 200 prisoners for 200" in page.article.text


async def test_http_error_status_is_refused(base):
    with pytest.raises(FetchError, match=r"error \(404\)"):
        await fetch_page(f"{base}/missing", allow_private=True)


# --- redirects -----------------------------------------------------------------------------------


async def test_three_redirects_are_followed_to_the_article(base):
    page = await fetch_page(f"{base}/hop/3", allow_private=True)
    assert page.url == f"{base}/article"
    assert page.article.site_name == "Dnipro Desk"


async def test_six_redirects_are_too_many(base):
    with pytest.raises(FetchError, match="too many redirects"):
        await fetch_page(f"{base}/hop/6", allow_private=True)


async def test_five_redirects_is_the_limit(base):
    page = await fetch_page(f"{base}/hop/5", allow_private=True)
    assert page.url == f"{base}/article"


async def test_redirect_to_a_non_web_scheme_is_refused(base):
    with pytest.raises(FetchError, match="only web links"):
        await fetch_page(f"{base}/to-file", allow_private=True)


# --- limits --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/big", "/big-declared"], ids=["streamed", "declared-length"])
async def test_twenty_megabyte_page_is_refused_without_reading_it_all(server, base, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than 5 MB"):
        await fetch_page(f"{base}{path}", allow_private=True)
    assert time.monotonic() - started < 5
    for _ in range(50):  # the server thread notices the closed socket a moment later
        if path in server.sent:
            break
        time.sleep(0.05)
    assert server.sent[path] < BIG


async def test_smaller_cap_is_respected(base):
    with pytest.raises(FetchError, match=r"larger than 0\.001 MB"):
        await fetch_page(f"{base}/article", allow_private=True, max_bytes=1000)


@pytest.mark.parametrize("path", ["/slow", "/hang"], ids=["drip-fed-body", "no-headers"])
async def test_slow_site_times_out_on_the_total_budget(base, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"did not answer within 1 second$"):
        await fetch_page(f"{base}{path}", allow_private=True, timeout=1.0)
    assert 0.9 < time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/pdf", "it is a PDF, not a web page: download it and send me the file"),
        ("/png", "it is an image, not a web page"),
        ("/pdf-as-html", "it is a PDF, not a web page: download it and send me the file"),
    ],
    ids=["pdf", "png", "pdf-labelled-html"],
)
async def test_files_that_are_not_pages_are_refused(base, path, reason):
    with pytest.raises(FetchError) as caught:
        await fetch_page(f"{base}{path}", allow_private=True)
    assert caught.value.reason == reason


# --- the address guard ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://10.0.0.1/",
        "http://192.168.1.1:8080/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00:ec2::254]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://0.0.0.0/",
        "https://100.64.0.1/",
    ],
    ids=[
        "loopback",
        "10-net",
        "192-168",
        "metadata",
        "ipv6-loopback",
        "aws-ipv6-metadata",
        "ipv4-mapped",
        "localhost-name",
        "integer-host",
        "hex-host",
        "unspecified",
        "carrier-nat",
    ],
)
async def test_private_addresses_are_refused_when_the_switch_is_off(url):
    with pytest.raises(FetchError) as caught:
        await fetch_page(url, allow_private=False, transport=_NoNetwork())
    assert caught.value.reason == "the address is on a private network"


async def test_environment_switch_decides_when_not_told(base, monkeypatch):
    monkeypatch.delenv("NEWSROOM_ALLOW_PRIVATE_FETCH", raising=False)
    with pytest.raises(FetchError, match="private network"):
        await fetch_page(f"{base}/article")
    monkeypatch.setenv("NEWSROOM_ALLOW_PRIVATE_FETCH", "yes")
    page = await fetch_page(f"{base}/article")
    assert page.article is not None


async def test_public_host_is_fetched_through_its_checked_address(server):
    relay = _Relay(server.server_port)
    resolve = _resolver({"news.example": [PUBLIC_IP]})
    page = await fetch_page(
        "http://news.example/hop/1", allow_private=False, transport=relay, resolve=resolve
    )
    assert page.url == "http://news.example/article"
    assert page.article.site_name == "Dnipro Desk"
    # Connected to the address that was checked, while the site still saw its own name.
    assert relay.seen == [(PUBLIC_IP, "news.example"), (PUBLIC_IP, "news.example")]


@pytest.mark.parametrize("path", ["/to-loopback", "/to-localhost"], ids=["ip", "name"])
async def test_redirect_from_a_public_site_to_loopback_is_refused(server, path):
    relay = _Relay(server.server_port)

    async def resolve(host, port):
        if host == "news.example":
            return [PUBLIC_IP]
        return await _system_lookup(host, port)

    with pytest.raises(FetchError, match="private network"):
        await fetch_page(
            f"http://news.example{path}", allow_private=False, transport=relay, resolve=resolve
        )
    assert [host for host, _ in relay.seen] == [PUBLIC_IP]  # the second hop was never sent


async def _system_lookup(host, port):
    infos = await asyncio.get_running_loop().getaddrinfo(host, port)
    return [info[4][0] for info in infos]


async def test_host_with_any_private_address_is_refused():
    resolve = _resolver({"mixed.example": [PUBLIC_IP, "127.0.0.1"]})
    with pytest.raises(FetchError, match="private network"):
        await fetch_page(
            "http://mixed.example/", allow_private=False, transport=_NoNetwork(), resolve=resolve
        )


async def test_dns_rebinding_cannot_switch_the_address_after_the_check(server):
    calls: list[str] = []
    # First answer public, every later answer loopback: a rebinding name.
    resolve = _resolver(
        {"rebind.example": lambda n: [PUBLIC_IP] if n <= 1 else ["127.0.0.1"]}, calls
    )
    relay = _Relay(server.server_port)
    page = await fetch_page(
        "http://rebind.example/article", allow_private=False, transport=relay, resolve=resolve
    )
    assert page.article is not None
    assert calls == ["rebind.example"]
    assert relay.seen == [(PUBLIC_IP, "rebind.example")]


@pytest.mark.parametrize(
    ("host", "outcome"),
    [("news.example", None), ("other.example", "the site's security certificate is not valid")],
    ids=["certificate-matches", "certificate-for-another-name"],
)
async def test_https_is_pinned_to_the_address_but_verified_for_the_name(tls_server, host, outcome):
    tls_server.server_names.clear()
    tls_server.hosts.clear()
    trust = ssl.create_default_context(cafile=str(TLS / "news-example-cert.pem"))
    resolve = _resolver({host: ["127.0.0.1"]})
    url = f"https://{host}:{tls_server.server_port}/article"
    transport = httpx.AsyncHTTPTransport(verify=trust)
    if outcome is None:
        page = await fetch_page(url, allow_private=True, resolve=resolve, transport=transport)
        assert page.article.site_name == "Dnipro Desk"
        assert tls_server.hosts == [f"{host}:{tls_server.server_port}"]
    else:
        with pytest.raises(FetchError) as caught:
            await fetch_page(url, allow_private=True, resolve=resolve, transport=transport)
        assert caught.value.reason == outcome
    # The TLS handshake named the site, not the IP address it was sent to.
    assert tls_server.server_names == [host]


async def test_unknown_host_and_bad_scheme_have_clear_reasons():
    resolve = _resolver({})
    with pytest.raises(FetchError, match="could not be found"):
        await fetch_page("http://nowhere.example/", transport=_NoNetwork(), resolve=resolve)
    with pytest.raises(FetchError, match="only web links"):
        await fetch_page("ftp://files.example/a.txt", transport=_NoNetwork(), resolve=resolve)
    with pytest.raises(FetchError, match="not a valid web address"):
        await fetch_page("http://", transport=_NoNetwork(), resolve=resolve)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2a00:1450:4001:80b::200e", True),
        ("172.16.5.4", False),
        ("127.8.8.8", False),
        ("fe80::1%eth0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::", False),
        ("::ffff:10.0.0.1", False),
        ("2002:7f00:1::", False),  # 6to4 wrapping 127.0.0.1
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 wrapping 169.254.169.254
        ("not-an-address", False),
    ],
)
def test_public_address_table(address, public):
    assert is_public_address(address) is public


# --- pure helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<",
        "<html><body></body></html>",
        "\x00\x01\x02<p>",
        "<<<>>></p></div><p",
        "<html>" + "<div>" * 5000 + "deep",
        "<?xml version='1.0' encoding='utf-8'?><p>declared encoding in a str</p>",
    ],
    ids=["empty", "lone-bracket", "empty-body", "control-chars", "junk", "deep", "xml-decl"],
)
def test_page_article_survives_hostile_markup(html):
    assert page_article(html) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdp\n&;!-")), max_size=300))
def test_page_article_never_raises(html):
    result = page_article(html)
    assert result is None or result.text


def test_page_article_without_url_uses_the_canonical_link():
    html = (PAGES / "article.html").read_text("utf-8")
    article = page_article(html)
    assert article.url == "https://dniprodesk.example/2024/03/14/drones-overnight"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("Київ".encode("cp1251"), "text/html; charset=windows-1251", "Київ"),
        ("Київ".encode("cp1251"), "text/html", "Київ"),
        ("Київ".encode(), "text/html", "Київ"),
        (b"\xef\xbb\xbfKyiv", "text/html; charset=latin-1", "Kyiv"),
        ("Львів".encode("utf-16"), None, "Львів"),
        ("café".encode("cp1252"), "text/plain", "café"),
        ("Київ".encode(), "text/html; charset=no-such-codec", "Київ"),
    ],
    ids=["declared", "legacy-guess", "utf8", "bom-beats-header", "utf16", "western", "bad-name"],
)
def test_decode_bytes(body, content_type, expected):
    assert decode_bytes(body, content_type) == expected


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Read this: https://news.example/a/b.html.", ["https://news.example/a/b.html"]),
        ("(see https://news.example/x)", ["https://news.example/x"]),
        ("https://en.wiki.example/Kursk_(city), etc", ["https://en.wiki.example/Kursk_(city)"]),
        ("Two: http://a.example/1, HTTPS://b.example/2!", ["http://a.example/1", "HTTPS://b.example/2"]),
        ("«https://ua.example/novyny»", ["https://ua.example/novyny"]),
        ("same https://a.example/ and https://a.example/", ["https://a.example/"]),
        ("no link here, just www.example.com", []),
        ("https:// broken", []),
        ("", []),
    ],
    ids=["period", "parens", "wiki-parens", "two", "guillemets", "dedupe", "bare-domain",
         "scheme-only", "empty"],
)  # fmt: skip
def test_find_links(text, links):
    assert find_links(text) == links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://news.example/a", True),
        ("Exchange talks resume in Istanbul\nhttps://news.example/a", True),
        ("Worth a read " * 30 + "https://news.example/a", False),
        ("A whole forwarded article without any link. " * 10, False),
    ],
    ids=["bare-link", "headline-and-link", "long-comment", "no-link"],
)
def test_mostly_link(text, expected):
    assert mostly_link(text) is expected


def test_a_page_of_endless_markup_is_read_to_a_bound_and_its_article_still_found(monkeypatch):
    # A page with tens of thousands of elements (a live blog's every update, a comment
    # thread) kept trafilatura busy for a minute on this machine while the editor waited; the
    # article sits near the top, so reading the first MAX_PAGE_TAGS tags finds it.
    import trafilatura

    import intake.fetch as fetch_module

    seen = []
    real = trafilatura.bare_extraction

    def spy(html, **kwargs):
        seen.append(html.count("<"))
        return real(html, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    lede = (
        "<p>KYIV, Nov 26, 2026 - Russia launched 66 Shahed drones at Ukraine overnight, the "
        "Air Force said on Thursday. Air defences shot down 50 of them over the south.</p>"
        "<p>Debris damaged a warehouse in the Odesa region, the regional governor said. "
        "Nobody was hurt, he added, as firefighters worked through the morning.</p>"
    )
    junk = "<div class='c'><span>Related</span><a href='/x'>more reading</a></div>" * 60_000
    html = f"<html><head><title>Drones</title></head><body><article><h1>Night</h1>{lede}{junk}"
    article = page_article(html + "</article></body></html>")
    assert article is not None and "66 Shahed drones" in article.text
    assert seen and max(seen) <= fetch_module.MAX_PAGE_TAGS
