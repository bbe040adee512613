"""server.py: the warm advisor answers what the in-process advisor answers, and refuses what it must."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest
from conftest import DATA, EXAMPLE

pytest.importorskip("torch")

from llmcompiler.llvm import ir  # noqa: E402
from llmcompiler.tools import advisor, server  # noqa: E402


def timing_free(s) -> dict:
    return {k: v for k, v in s.to_dict().items() if k not in ("model_seconds", "verify_seconds")}


@pytest.fixture()
def srv_dir(tmp_path, monkeypatch):
    d = tmp_path / "srv"
    monkeypatch.setenv("LLMOPT_SERVER_DIR", str(d))
    return d


@pytest.fixture()
def running(srv_dir):
    srv = server.Server(idle=60, log=lambda msg: None)
    srv.bind()
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.idle = 0  # let it go
    t.join(5)


def test_the_server_answers_what_in_process_answers(running):
    for path in (DATA / "csv_parser.ll", EXAMPLE):
        m = ir.load(path)
        remote = server.suggest(m, k=8, keep_output=True)
        local = advisor.suggest(m, k=8, keep_output=True)
        assert timing_free(remote) == timing_free(local)
        assert remote.output.text == local.output.text
    # -O0 input: prepared on the server, with the same note
    o0 = ir.load(EXAMPLE.parent / "crc32.O0.ll")
    assert timing_free(server.suggest(o0, k=4)) == timing_free(advisor.suggest(o0, k=4))
    # as the wrappers ask: in bytes, the input itself not measured
    m = ir.load(EXAMPLE)
    remote = server.suggest(m, k=4, metric="text", caller_verifies=True)
    assert timing_free(remote) == timing_free(advisor.suggest(m, k=4, metric="text", caller_verifies=True))
    assert remote.count_before is None and remote.count_oz > 0
    # llmopt-cc hands over clang's object's bytes as the -Oz baseline: taken as given, same verdicts
    given = server.suggest(m, k=4, metric="text", caller_verifies=True, oz_value=remote.count_oz)
    assert timing_free(given) == {**timing_free(remote), "compilations": remote.compilations - 1}
    assert timing_free(given) == timing_free(advisor.suggest(m, k=4, metric="text", caller_verifies=True,
                                                             oz_value=remote.count_oz))
    assert server.suggest(m, k=4, metric="text", caller_verifies=True, oz_value=1).fallback  # nothing beats 1 byte
    for bad in (-1, "12", True, 1.5):
        with pytest.raises(server.LlmoptError, match="bad -Oz baseline") as e:
            server.suggest(m, k=4, metric="text", caller_verifies=True, oz_value=bad)
        assert not isinstance(e.value, server.ServerUnavailable)


def test_concurrent_requests_do_not_mix(running):
    mods = [ir.load(DATA / "csv_parser.ll"), ir.load(EXAMPLE)]
    want = {m.name: timing_free(advisor.suggest(m, k=4)) for m in mods}
    got, errors = [], []

    def ask(m):
        try:
            got.append((m.name, timing_free(server.suggest(m, k=4))))
        except Exception as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=ask, args=(mods[i % 2],)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors and len(got) == 6
    assert all(answer == want[name] for name, answer in got)
    # the requests shared the server's workers, one per core, and gave them all back
    pool = running.pool()
    assert len(pool.workers) == (os.cpu_count() or 1) and len(pool.acquire(99)) == len(pool.workers)


def test_a_worker_pool_lends_what_is_free_and_waits_for_one():
    from llmcompiler.llvm.backends import WorkerPool

    pool = WorkerPool(2)
    a = pool.acquire(5)
    assert len(a) == 2
    got = []
    t = threading.Thread(target=lambda: got.append(pool.acquire(1)))
    t.start()
    time.sleep(0.3)
    assert not got  # none free: it waits
    pool.release(a[:1])
    t.join(5)
    assert got == [a[:1]]
    pool.release(a[1:])
    pool.release(a[1:])  # given back twice: still one worker
    assert pool.acquire(5) == a[1:]
    pool.close()


def test_bad_input_is_the_callers_error_not_a_server_failure(running):
    with pytest.raises(server.LlmoptError) as e:
        server.suggest(ir.parse("declare i32 @f()\n", "decl.ll"), k=2)
    assert not isinstance(e.value, server.ServerUnavailable) and "no function bodies" in str(e.value)
    assert server.running()  # and the server lives on


def test_a_client_sending_raw_bytes_gets_the_same_answer_and_errors(running):
    """``suggest --server`` sends the file as read: the server parses it (the client loads no LLVM)."""
    path = DATA / "csv_parser.ll"
    remote = server.suggest(path.read_bytes(), name=str(path), k=4, keep_output=True)
    local = advisor.suggest(ir.load(path), k=4, keep_output=True)
    assert timing_free(remote) == timing_free(local) and remote.output.text == local.output.text
    for data, want in ((b"define i32 @f( {", "invalid LLVM IR"), (b"", "empty input"),
                       (b"\x00\x01binary", "not LLVM bitcode")):
        with pytest.raises(server.LlmoptError) as e:
            server.suggest(data, name="bad.ll", k=2)
        assert not isinstance(e.value, server.ServerUnavailable)
        assert str(e.value).startswith("bad.ll: ") and want in str(e.value) and "\n" not in str(e.value)


def test_the_cli_client_does_not_load_llvm(running, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "o.ll"
    code = ("import sys\nfrom llmcompiler.cli import main\n"
            f"rc = main(['suggest', {str(EXAMPLE)!r}, '-k', '2', '--server', '-o', {str(out)!r}, '--json'])\n"
            "print('RESULT', rc, 'llvmlite' in sys.modules, 'torch' in sys.modules, file=sys.stderr)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "LLMOPT_SERVER_DIR": os.environ["LLMOPT_SERVER_DIR"]})
    assert "RESULT 0 False False" in p.stderr, p.stderr
    assert ir.load(out).count > 0 and running.served >= 1


def test_no_server_stale_socket_and_a_server_that_dies(srv_dir):
    m = ir.load(EXAMPLE)
    with pytest.raises(server.ServerUnavailable):
        server.suggest(m, k=2)  # nothing runs
    assert not server.running()
    # a stale socket file (its server is gone): clients fail fast, a new server replaces it
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(srv_dir / server.SOCKET_NAME))
    stale.close()
    t0 = time.monotonic()
    with pytest.raises(server.ServerUnavailable):
        server.suggest(m, k=2)
    assert time.monotonic() - t0 < 5
    srv = server.Server(idle=60, log=lambda msg: None)
    srv.bind()
    srv.close()
    # a server that accepts and dies mid-request
    os.unlink(srv_dir / server.SOCKET_NAME) if (srv_dir / server.SOCKET_NAME).exists() else None
    fake = socket.socket(socket.AF_UNIX)
    fake.bind(str(srv_dir / server.SOCKET_NAME))
    fake.listen(1)

    def die():
        conn, _ = fake.accept()
        conn.recv(100)
        conn.close()

    threading.Thread(target=die, daemon=True).start()
    with pytest.raises(server.ServerUnavailable, match="mid-request"):
        server.suggest(m, k=2)
    fake.close()


def test_a_busy_server_sends_callers_back(srv_dir):
    srv = server.Server(idle=60, queue_limit=0, log=lambda msg: None)
    srv.bind()
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        with pytest.raises(server.ServerUnavailable, match="busy"):
            server.suggest(ir.load(EXAMPLE), k=2)
    finally:
        srv.idle = 0
        t.join(5)


def test_a_directory_or_socket_of_someone_else_is_refused(srv_dir, tmp_path):
    srv_dir.mkdir(mode=0o700)
    srv_dir.chmod(0o777)
    with pytest.raises(server.ServerUnavailable, match="open to other users"):
        server.socket_path()
    srv_dir.chmod(0o700)
    sock = srv_dir / server.SOCKET_NAME
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(sock))
    if os.getuid() == 0:  # as root, hand the socket to another user
        os.chown(sock, 65534, 65534)
        with pytest.raises(server.ServerUnavailable, match="belongs to uid 65534"):
            server.suggest(ir.load(EXAMPLE), k=2)
        os.chown(srv_dir, 65534, 65534)
        with pytest.raises(server.ServerUnavailable, match="belongs to uid 65534"):
            server.socket_path()
    s.close()
    link = tmp_path / "link"
    link.symlink_to(srv_dir)
    os.environ["LLMOPT_SERVER_DIR"] = str(link)
    with pytest.raises(server.ServerUnavailable, match="symbolic link"):
        server.socket_path()


def test_an_idle_server_exits_and_removes_its_socket(srv_dir):
    srv = server.Server(idle=0.5, log=lambda msg: None)
    srv.bind()
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    assert server.running()
    t.join(10)
    assert not t.is_alive() and not (srv_dir / server.SOCKET_NAME).exists()


def test_a_terminated_server_removes_its_socket(srv_dir):
    import signal
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-c", "from llmcompiler.tools import server; server.serve(idle=60, preload=False)"],
                         env=dict(os.environ), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not server.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.running()
    p.send_signal(signal.SIGTERM)
    assert p.wait(10) == 0
    assert not (srv_dir / server.SOCKET_NAME).exists()


@pytest.mark.skipif((os.cpu_count() or 1) < 2 or not os.path.isdir("/proc/self/task"), reason="needs 2 cores and /proc")
def test_the_advisor_leaves_no_blas_threads_spinning():
    """OpenBLAS's helper threads spin after every product: in a warm server they burned ~70 ms of a
    core per request. Loading the advisor's model keeps numpy's BLAS on one thread."""
    import subprocess
    import sys

    prog = ("import os\n"
            "from llmcompiler.tools import advisor\n"
            "advisor.get_model()\n"
            "import numpy as np\n"
            "a = np.ones((400, 400)); a @ a\n"
            "print(len(os.listdir('/proc/self/task')))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == 1


def test_a_model_changed_in_place_is_loaded_again(tmp_path, running):
    """A model directory retrained or replaced while the server runs: the next request loads it again
    (the wrappers' cache keys carry the model's files, so an old model must not answer for a new one)."""
    import json
    import shutil

    from llmcompiler.defaults import DEFAULT_MODEL

    model = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL, model)
    first = advisor.get_model(model)
    assert advisor.get_model(model) is first
    cfg = json.loads((model / "ranker.json").read_text())
    cfg["neighbours"] = 3
    (model / "ranker.json").write_text(json.dumps(cfg))
    second = advisor.get_model(model)
    assert second is not first and advisor.get_model(model) is second
    assert (first.ranker.neighbours, second.ranker.neighbours) == (20, 3)
    m = ir.load(EXAMPLE)
    assert timing_free(server.suggest(m, k=4, model=model)) == timing_free(advisor.suggest(m, k=4, model=model))
