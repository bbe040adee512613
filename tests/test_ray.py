"""Labelling on a Ray cluster of two nodes gives the labels the local process pool gives.

The cluster runs on this machine: a head node and a second node, one CPU each, started with
``ray start --block`` (their own temp folder, a free port), and always ended, by process group.
Skipped without Ray
(``pip install 'llmcompiler[ray]'``) or llvm-extract-22.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import have, mini_suite

ray = pytest.importorskip("ray")

from llmcompiler.model import dataset  # noqa: E402

pytestmark = pytest.mark.skipif(not have("llvm-extract-22"), reason="needs llvm-extract-22")

RAY = str(Path(sys.executable).with_name("ray"))  # the ray command of this interpreter's environment


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_node(*args: str, env: dict, log: Path) -> subprocess.Popen:
    """``ray start --block`` in a process group of its own: ending the group ends the node."""
    return subprocess.Popen([RAY, "start", "--block", *args], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop_node(p: subprocess.Popen) -> None:
    """End one node we started, by its process group: SIGTERM (a worker node's ``ray start`` then ends
    its processes at once; a head drains for 30 s first), SIGKILL to the group after a few seconds.
    Never ``ray stop``, which would end every Ray process on the machine, other users' too."""
    for sig, wait in ((signal.SIGTERM, 3), (signal.SIGKILL, 10)):
        try:
            os.killpg(p.pid, sig)
        except ProcessLookupError:
            return
        try:
            p.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def wait_for_nodes(address: str, n: int, nodes: list, logs: list[Path], timeout: float = 120) -> None:
    t0 = time.time()
    while time.time() - t0 < timeout:
        for p, log in zip(nodes, logs):
            if p.poll() is not None:
                raise AssertionError(f"ray start exited {p.returncode}: {log.read_text()[-2000:]}")
        probe = subprocess.run([RAY, "status", f"--address={address}"], capture_output=True, text=True, timeout=60)
        if probe.returncode == 0 and probe.stdout.count("node_") >= n:
            return
        time.sleep(1)
    raise AssertionError(f"the cluster did not reach {n} nodes in {timeout} s: {probe.stdout[-1000:]}{probe.stderr[-1000:]}")


@pytest.fixture
def two_node_cluster(tmp_path, monkeypatch):
    """The address of a Ray cluster of two nodes on this machine (resources 'head' and 'node2')."""
    if not Path(RAY).exists():
        pytest.skip("the ray command is not installed beside this interpreter")
    # a short temp folder: Ray's socket paths must stay under the 107 bytes a Unix socket allows
    temp = Path(f"/tmp/ray-{os.getpid()}")
    # Ray turns token authentication on where ~/.ray/auth_token exists (a local ray.init() writes one):
    # the nodes, `ray status` and this process's driver must agree, so say it for all of them
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    port = free_port()
    address = f"127.0.0.1:{port}"
    nodes, logs = [], [tmp_path / "head.log", tmp_path / "node2.log"]
    try:
        nodes.append(start_node("--head", f"--port={port}", "--node-ip-address=127.0.0.1", "--num-cpus=1",
                                "--resources", json.dumps({"head": 1}), f"--temp-dir={temp}",
                                "--include-dashboard=false", "--disable-usage-stats", env=env, log=logs[0]))
        wait_for_nodes(address, 1, nodes, logs[:1])
        nodes.append(start_node(f"--address={address}", "--node-ip-address=127.0.0.1", "--num-cpus=1",
                                "--resources", json.dumps({"node2": 1}), "--disable-usage-stats", env=env, log=logs[1]))
        wait_for_nodes(address, 2, nodes, logs)
        yield address
    finally:
        for p in reversed(nodes):
            stop_node(p)
        shutil.rmtree(temp, ignore_errors=True)


def without_timing(records: list[dict]) -> list[dict]:
    return sorted(({k: v for k, v in r.items() if k not in dataset.TIMING_FIELDS} for r in records),
                  key=lambda r: r["id"])


def test_labels_on_a_two_node_ray_cluster_equal_the_local_pool(two_node_cluster, tmp_path):
    t0 = time.time()
    suite = mini_suite(tmp_path)
    corpus = tmp_path / "c.jsonl.gz"
    dataset.build(corpus, dataset.BuildOptions(suites=(str(suite),), min_instructions=5), jobs=1)
    splits = ("train", "validation", "test")
    local, on_ray = tmp_path / "local.jsonl.gz", tmp_path / "ray.jsonl.gz"
    seeds = [("gvn-sink", "default<Oz>"), ("default<Oz>", "iroutliner", "default<Oz>")]
    a = dataset.label(corpus, local, budget=14, splits=splits, limit=4, jobs=2, seeds=seeds)
    ray.init(address=two_node_cluster, log_to_driver=False)
    try:
        nodes = [n for n in ray.nodes() if n["Alive"]]
        assert len(nodes) == 2 and {"head", "node2"} <= set(ray.cluster_resources())
        # the second node runs the package's code
        where = ray.remote(resources={"node2": 1})(lambda: __import__("llmcompiler").__name__)
        assert ray.get(where.remote()) == "llmcompiler"
        b = dataset.label(corpus, on_ray, budget=14, splits=splits, limit=4, ray_address=two_node_cluster, seeds=seeds)
        assert ray.is_initialized()  # a connection the caller made is left open
    finally:
        ray.shutdown()
    assert a["labelled"] == b["labelled"] == 4 and a["errors"] == b["errors"] == 0
    got_local, got_ray = dataset.read_jsonl(local), dataset.read_jsonl(on_ray)
    assert len(got_ray) == 4 and all(r["seed_lists"] == 2 and r["budget"] == 14 for r in got_ray)
    assert without_timing(got_local) == without_timing(got_ray)
    # the session connects and disconnects on its own, too
    c = dataset.label(corpus, tmp_path / "again.jsonl.gz", budget=14, splits=splits, limit=4,
                      ray_address=two_node_cluster, seeds=seeds)
    assert c["labelled"] == 4 and not ray.is_initialized()
    assert without_timing(dataset.read_jsonl(tmp_path / "again.jsonl.gz")) == without_timing(got_local)
    print(f"two-node Ray labelling test: {time.time() - t0:.1f} s")
