"""Polite HTTP: robots.txt, a delay per host, retries with backoff, caps on size and redirects.

One request at a time per host (the crawler is sequential), never outside the site's
domains, only http(s). Errors come back as `FetchError` with a short kind
(`robots`, `timeout`, `http-500`, `too-large`, `redirects`, `off-domain`, ...).
"""
from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from protego import Protego

from .sources import Settings


class FetchError(Exception):
    def __init__(self, kind: str, url: str, detail: str = ""):
        super().__init__(f"{kind}: {url}" + (f" ({detail})" if detail else ""))
        self.kind, self.url = kind, url


@dataclass
class Response:
    url: str                        # after redirects
    status: int
    body: bytes
    headers: dict[str, str]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None                 # redirects are followed by hand, to check each hop


@dataclass
class Fetcher:
    settings: Settings
    allowed: set[str]
    last_request: dict[str, float] = field(default_factory=dict)
    robots: dict[str, Protego] = field(default_factory=dict)
    requests: int = 0

    def __post_init__(self):
        self._opener = urllib.request.build_opener(_NoRedirect)

    def _wait(self, host: str) -> None:
        since = time.monotonic() - self.last_request.get(host, -1e9)
        if since < self.settings.delay:
            time.sleep(self.settings.delay - since)
        self.last_request[host] = time.monotonic()

    def _check(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("scheme", url)
        if parts.hostname not in self.allowed:
            raise FetchError("off-domain", url)

    def allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self.robots:
            try:
                r = self._once(base + "/robots.txt", {})
                text = r.body.decode("utf-8", "replace") if r.status == 200 else ""
            except FetchError:
                text = ""
            self.robots[base] = Protego.parse(text)
        return self.robots[base].can_fetch(url, self.settings.user_agent)

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self._wait(urlsplit(url).hostname or "")
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.settings.user_agent, **headers})
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as r:
                return Response(r.geturl(), r.status, self._read(r, url), dict(r.headers.items()))
        except urllib.error.HTTPError as e:
            body = self._read(e, url) if e.fp else b""
            return Response(url, e.code, body, dict(e.headers.items()) if e.headers else {})
        except (socket.timeout, TimeoutError):
            raise FetchError("timeout", url) from None
        except urllib.error.URLError as e:
            if isinstance(e.reason, (socket.timeout, TimeoutError)):
                raise FetchError("timeout", url) from None
            raise FetchError("network", url, str(e.reason)) from None
        except (http.client.HTTPException, ConnectionError) as e:
            raise FetchError("network", url, type(e).__name__) from None

    def _read(self, r, url: str) -> bytes:
        try:
            body = r.read(self.settings.max_bytes + 1)
        except (socket.timeout, TimeoutError):
            raise FetchError("timeout", url) from None
        if len(body) > self.settings.max_bytes:
            raise FetchError("too-large", url, f"over {self.settings.max_bytes} bytes")
        return body

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET with robots, retries on 429/5xx (honouring Retry-After) and checked redirects."""
        seen = []
        for _hop in range(self.settings.max_redirects + 1):
            self._check(url)
            if not self.allowed_by_robots(url):
                raise FetchError("robots", url)
            response = self._with_retries(url, headers or {})
            if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                seen.append(url)
                url = urljoin(url, response.headers["Location"])
                if url in seen:
                    raise FetchError("redirects", url, "loop")
                continue
            if response.status == 304:
                return response
            if response.status >= 400:
                raise FetchError(f"http-{response.status}", url)
            return response
        raise FetchError("redirects", url, f"more than {self.settings.max_redirects}")

    def _with_retries(self, url: str, headers: dict[str, str]) -> Response:
        for attempt in range(self.settings.retries + 1):
            response = self._once(url, headers)
            if response.status != 429 and response.status < 500 or attempt == self.settings.retries:
                return response
            time.sleep(min(self._retry_after(response) or self.settings.delay * 2 ** attempt,
                           self.settings.max_retry_after))
        return response

    @staticmethod
    def _retry_after(response: Response) -> float | None:
        value = response.headers.get("Retry-After")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
            except (TypeError, ValueError):
                return None
