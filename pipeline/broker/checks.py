"""What the local broker needs from the machine: Java, a free port, a live process."""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import socket
import subprocess

from ..errors import BrokerError

MAIN_CLASS = "kafka.Kafka"
MIN_JAVA = 17


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours counts as dead.
    try:
        with open(f"/proc/{pid}/stat") as fh:
            if fh.read().split(") ", 1)[1].startswith("Z"):
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, os.WNOHANG)
                return False
    except (FileNotFoundError, IndexError):
        return False
    return True


def is_our_broker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return MAIN_CLASS.encode() in fh.read()
    except FileNotFoundError:
        return False


def free_port_pair(
    host: str = "127.0.0.1", ranges: str = "/proc/sys/net/ipv4/ip_local_port_range"
) -> int:
    """A free port p with p+1 free too (the broker's controller listens on p+1).

    Taken below the kernel's ephemeral range where there is room: a port from that range
    can be picked as the local end of any outgoing connection on the machine, and one
    that is, while a test restarts its broker, keeps the broker from binding it again."""
    low = _ephemeral_low(ranges)
    rng = random.Random()
    for _ in range(200):
        if low - 2 > _LOW_PORTS:
            port = rng.randrange(_LOW_PORTS, low - 2)
        else:  # no room below: any free port the kernel gives
            with socket.socket() as sock:
                sock.bind((host, 0))
                port = sock.getsockname()[1]
        if port < 65535 and _bindable(host, port) and _bindable(host, port + 1):
            return port
    raise BrokerError("no free pair of ports")


_LOW_PORTS = 20000  # above the well-known and most registered service ports


def _ephemeral_low(path: str) -> int:
    try:
        with open(path) as fh:
            return int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def _bindable(host: str, port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def broker_answers(bootstrap: str) -> bool:
    """True when the broker answers a metadata request."""
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaError

    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap, request_timeout_ms=3000, bootstrap_timeout_ms=3000
        )
    except (KafkaError, OSError, ValueError):
        return False
    try:
        admin.list_topics()
        return True
    except (KafkaError, OSError):
        return False
    finally:
        admin.close()


def java_binary() -> str:
    java = shutil.which("java")
    if java is None:
        raise BrokerError("Java 17 or newer is needed for the local broker and none was found")
    return java


def check_java() -> int:
    proc = subprocess.run([java_binary(), "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not match:
        raise BrokerError("cannot tell the Java version from `java -version`")
    major = int(match.group(1))
    if major == 1 and match.group(2):
        major = int(match.group(2))
    if major < MIN_JAVA:
        raise BrokerError(
            f"the local Kafka broker needs Java {MIN_JAVA} or newer; found Java {major}"
        )
    return major


def min_heap(heap: str) -> str:
    match = re.fullmatch(r"(\d+)([mMgG])", heap)
    if not match:
        raise BrokerError(f"heap must look like 512m or 1g, not {heap!r}")
    return heap if match.group(2) in "mM" and int(match.group(1)) <= 256 else "256m"
