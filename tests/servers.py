"""Real SPARQL servers for the tests and the bench, started on 127.0.0.1 in a temporary folder
and stopped after: Oxigraph server (the PyPI package ``oxigraph``) and Virtuoso open source
(Debian's ``virtuoso-opensource-7-bin``, with an ini of its own)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Server:
    """A running server: how kg reaches it, and the process to stop."""

    name: str
    query_url: str
    update_url: str
    store_url: str | None
    process: subprocess.Popen[bytes]
    push_options: list[str] = field(default_factory=list)  # credentials and endpoints for kg push
    log: Path | None = None

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


def start_oxigraph(folder: Path, *, extra: list[str] | None = None) -> Server:
    binary = oxigraph_binary()
    assert binary, "no oxigraph binary (pip install oxigraph)"
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = folder / "oxigraph.log"
    process = subprocess.Popen([binary, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}",
                                *(extra or [])], stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    server = Server("oxigraph", f"{base}/query", f"{base}/update", f"{base}/store", process, log=log,
                    push_options=["--update-endpoint", f"{base}/update"])
    _wait(server)
    return server


VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 20
CheckpointInterval = 60
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
DirsAllowed = ., {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 20
MaxKeepAlives = 20
KeepAliveTimeout = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxSortedTopRows = 1000000
"""

# A fresh Virtuoso database signs in its administrator with this password; updates go through
# /sparql-auth with HTTP digest sign-in.
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dba", "dba"


def start_virtuoso(folder: Path) -> Server:
    binary = virtuoso_binary()
    assert binary, "no virtuoso-t (Debian package virtuoso-opensource-7-bin)"
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = folder / "console.log"
    process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                               stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    server = Server("virtuoso", f"{base}/sparql", f"{base}/sparql-auth", None, process, log=log,
                    push_options=["--update-endpoint", f"{base}/sparql-auth", "--user", VIRTUOSO_USER,
                                  "--auth", "digest"])
    _wait(server, seconds=120)
    return server


def _wait(server: Server, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    url = server.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited: {server.log.read_text(errors='replace')[-2000:] if server.log else ''}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"{server.name} did not answer within {seconds:g} s")


def environment_with_password(password: str) -> dict[str, str]:
    return {**os.environ, "KG_ENDPOINT_PASSWORD": password}
