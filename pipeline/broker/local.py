"""The embedded local broker: a single-node Apache Kafka in KRaft combined mode.

Its jars come once from Maven Central (through Maven and the pom beside this
file) into the user's cache directory; its data and log live in a home
directory that survives restarts, so a broker killed with SIGKILL comes back
with its data.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import BrokerError
from .checks import (
    MAIN_CLASS,
    alive,
    broker_answers,
    check_java,
    is_our_broker,
    java_binary,
    min_heap,
    port_in_use,
)

KAFKA_VERSION = "4.1.1"
_POM = Path(__file__).with_name("pom.xml")

# The broker runs for months: its log rolls over at LOG_MAX_BYTES and keeps LOG_FILES
# old files (broker.log.1 ... .5), ~60 MB at most. Before, the JVM's stdout was appended
# to broker.log for good, and Kafka logs at info every segment roll and rebalance.
LOG_MAX_BYTES = 10 * 1024 * 1024
LOG_FILES = 5
_LOG4J2 = """\
status = warn
appender.file.type = RollingFile
appender.file.name = FILE
appender.file.fileName = {log_file}
appender.file.filePattern = {log_file}.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = {max_bytes}B
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = {files}
appender.file.strategy.fileIndex = min
rootLogger.level = info
rootLogger.appenderRef.file.ref = FILE
logger.kafka.name = kafka
logger.kafka.level = info
logger.apache.name = org.apache.kafka
logger.apache.level = warn
logger.state.name = state.change.logger
logger.state.level = warn
"""


def new_cluster_id(random_bytes: Callable[[], bytes] = lambda: uuid.uuid4().bytes) -> str:
    """A Kafka cluster id: a base64 UUID of 22 characters. Like Kafka's own
    Uuid.randomUuid, never one that starts with "-", which the storage tool would read
    as an option (1 run in 64 failed to start before)."""
    while True:
        cluster_id = base64.urlsafe_b64encode(random_bytes()).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


@dataclass(frozen=True, slots=True)
class BrokerStatus:
    running: bool
    pid: int | None
    bootstrap: str
    data_dir: Path
    log_file: Path


class LocalBroker:
    """Install, start, stop and inspect one local broker rooted at `home`."""

    def __init__(
        self,
        home: str | os.PathLike[str],
        cache: str | os.PathLike[str],
        *,
        host: str = "127.0.0.1",
        port: int = 9092,
        heap: str = "512m",
        sasl_port: int | None = None,
        sasl_users: dict[str, str] | None = None,
    ) -> None:
        self.home = Path(home)
        self.cache = Path(cache)
        self.host = host
        self.port = port
        self.controller_port = port + 1
        self.heap = heap
        self.sasl_port = sasl_port
        self.sasl_users = dict(sasl_users or {})

    # -- where things are -------------------------------------------------
    @property
    def libs(self) -> Path:
        return self.cache / f"kafka-{KAFKA_VERSION}" / "libs"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def log_file(self) -> Path:
        return self.home / "broker.log"

    @property
    def out_file(self) -> Path:
        """The JVM's own stdout and stderr (what comes before or around Log4j: a bad
        option, a crash); this start's, and the one before as broker.out.1."""
        return self.home / "broker.out"

    @property
    def pid_file(self) -> Path:
        return self.home / "broker.pid"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    # -- install -----------------------------------------------------------
    def ensure_jars(self, *, echo=print) -> Path:
        """Fetch the broker's jars with Maven unless they are cached already."""
        marker = self.libs / ".complete"
        if marker.exists():
            return self.libs
        check_java()
        mvn = shutil.which("mvn")
        if mvn is None:
            raise BrokerError(
                "Maven (mvn) is not installed; it is needed once to fetch the Kafka jars "
                "(Debian: apt-get install maven)"
            )
        echo(f"Fetching Apache Kafka {KAFKA_VERSION} jars from Maven Central into {self.libs} ...")
        partial = self.libs.with_name("libs.partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True, exist_ok=True)
        cmd = [
            mvn, "-q", "-B", "-f", str(_POM), "dependency:copy-dependencies",
            f"-DoutputDirectory={partial}", "-DincludeScope=runtime",
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
            raise BrokerError("Maven could not fetch the Kafka jars: " + " | ".join(tail))
        shutil.rmtree(self.libs, ignore_errors=True)
        partial.rename(self.libs)
        marker.touch()
        return self.libs

    def _write_config(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        listeners = [f"PLAINTEXT://{self.host}:{self.port}"]
        advertised = [f"PLAINTEXT://{self.host}:{self.port}"]
        protocol_map = ["PLAINTEXT:PLAINTEXT", "CONTROLLER:PLAINTEXT"]
        extra = []
        if self.sasl_port:
            listeners.append(f"SASL://{self.host}:{self.sasl_port}")
            advertised.append(f"SASL://{self.host}:{self.sasl_port}")
            protocol_map.append("SASL:SASL_PLAINTEXT")
            users = " ".join(f'user_{u}="{p}"' for u, p in self.sasl_users.items())
            extra += [
                "sasl.enabled.mechanisms=PLAIN",
                "listener.name.sasl.plain.sasl.jaas.config="
                "org.apache.kafka.common.security.plain.PlainLoginModule required "
                f"{users};",
            ]
        listeners.append(f"CONTROLLER://{self.host}:{self.controller_port}")
        props = [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@{self.host}:{self.controller_port}",
            f"listeners={','.join(listeners)}",
            f"advertised.listeners={','.join(advertised)}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            f"listener.security.protocol.map={','.join(protocol_map)}",
            f"log.dirs={self.data_dir}",
            "num.partitions=1",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=6",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            # One node: no reason to wait for more members before the first rebalance.
            "group.initial.rebalance.delay.ms=0",
            "auto.create.topics.enable=true",
            *extra,
        ]
        path = self.home / "server.properties"
        path.write_text("\n".join(props) + "\n")
        (self.home / "log4j2.properties").write_text(
            _LOG4J2.format(log_file=self.log_file, max_bytes=LOG_MAX_BYTES, files=LOG_FILES)
        )
        return path

    def _format_storage(self, config: Path) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        cluster_file = self.home / "cluster.id"
        # not formatted yet: an id left by an older version that starts with "-" is replaced
        if not cluster_file.exists() or cluster_file.read_text().startswith("-"):
            cluster_file.write_text(new_cluster_id())
        cmd = [
            *self._java_cmd(), "kafka.tools.StorageTool", "format",
            "-t", cluster_file.read_text().strip(), "-c", str(config), "--ignore-formatted",
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise BrokerError(
                "formatting the broker's storage failed: " + proc.stderr.strip()[-500:]
            )

    def _java_cmd(self) -> list[str]:
        return [
            java_binary(),
            f"-Xmx{self.heap}",
            f"-Xms{min_heap(self.heap)}",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.home / 'log4j2.properties'}",
            "-cp",
            str(self.libs / "*"),
        ]

    # -- lifecycle ---------------------------------------------------------
    def status(self) -> BrokerStatus:
        pid = self._live_pid()
        return BrokerStatus(pid is not None, pid, self.bootstrap, self.data_dir, self.log_file)

    def start(self, *, timeout: float = 90.0, echo=print) -> BrokerStatus:
        """Start the broker in the background and wait until it answers metadata requests."""
        current = self.status()
        if current.running:
            echo(f"broker already running (pid {current.pid}) on {self.bootstrap}")
            return current
        check_java()
        roles = (
            (self.port, "listener"),
            (self.controller_port, "controller (the listener's port + 1)"),
            (self.sasl_port, "SASL listener"),
        )
        for port, role in roles:
            if port and port_in_use(self.host, port):
                raise BrokerError(
                    f"port {port} on {self.host}, for the broker's {role}, is taken by another "
                    "process; stop it or choose another port (--port / NEWSWIRE_BOOTSTRAP)"
                )
        self.ensure_jars(echo=echo)
        config = self._write_config()
        self._format_storage(config)
        started = time.monotonic()
        if self.out_file.exists():
            self.out_file.replace(self.out_file.with_name("broker.out.1"))
        with open(self.out_file, "wb") as log:
            proc = subprocess.Popen(
                [*self._java_cmd(), MAIN_CLASS, str(config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                # Its own session: Ctrl-C in the terminal that started it must not kill it.
                start_new_session=True,
            )
        self.pid_file.write_text(str(proc.pid))
        deadline = started + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise BrokerError(
                    f"the broker exited with status {proc.returncode} during start-up; "
                    f"see {self.log_file} and {self.out_file}:\n"
                    + "\n".join(filter(None, (self.tail_log(15), self.tail_log(15, self.out_file))))
                )
            if broker_answers(self.bootstrap):
                took = time.monotonic() - started
                echo(
                    f"broker running (pid {proc.pid}) on {self.bootstrap} in {took:.1f}s; "
                    f"data {self.data_dir}; log {self.log_file}"
                )
                return self.status()
            time.sleep(0.25)
        self.stop(echo=lambda *_: None)
        raise BrokerError(f"the broker did not answer within {timeout:.0f}s; see {self.log_file}")

    def stop(self, *, timeout: float = 30.0, echo=print) -> bool:
        """Stop the broker cleanly (SIGTERM, then SIGKILL after `timeout`). False if none ran."""
        pid = self._live_pid()
        if pid is None:
            echo("no broker is running")
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and alive(pid):
            time.sleep(0.1)
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
            echo(f"broker (pid {pid}) did not stop within {timeout:.0f}s; killed")
        else:
            echo(f"broker (pid {pid}) stopped")
        self.pid_file.unlink(missing_ok=True)
        return True

    def kill(self) -> None:
        """SIGKILL, for tests of crash recovery."""
        pid = self._live_pid()
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            while alive(pid):
                time.sleep(0.05)

    def tail_log(self, lines: int = 50, path: Path | None = None) -> str:
        try:
            with open(path or self.log_file, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - 200 * lines))
                return "\n".join(fh.read().decode("utf-8", "replace").splitlines()[-lines:])
        except FileNotFoundError:
            return ""

    def _live_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        if alive(pid) and is_our_broker(pid):
            return pid
        # A stale pid file: the broker died (or was SIGKILLed) without cleaning up.
        self.pid_file.unlink(missing_ok=True)
        return None
