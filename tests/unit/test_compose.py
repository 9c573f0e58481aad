"""docker-compose.yml, Dockerfile and .dockerignore, checked without a Docker engine.

The Compose file is validated against the Compose Specification's JSON schema,
vendored unchanged at tests/data/compose-spec.json. Its source: the file
compose/config/compose_spec.json of the PyPI package docker-compose 1.29.2
(Docker, Inc.; licensed under the Apache License 2.0), taken from
docker_compose-1.29.2-py2.py3-none-any.whl. The spec it describes allows no
top-level `name:` and no healthcheck `start_interval`, so the file uses neither.

Beyond the schema: every NEWSWIRE_* name is a setting the code knows
(pipeline.settings.env_names()), the newswire services build from the Dockerfile
and run real subcommands (parsed with pipeline.cli.build_parser()), their state
lives on named volumes, their health checks probe the ports they configure, and
the Dockerfile installs the package from a build context that carries it.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import io
import json
import re
import shlex
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema
import pytest
import yaml

from pipeline.cli import build_parser
from pipeline.settings import env_names, load_settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"
SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "compose-spec.json"
# sha256 of compose/config/compose_spec.json in docker-compose 1.29.2, as vendored.
SCHEMA_SHA256 = "0dc04bd346dcfee1b1419628fff79937bbf076925f298f272a2b490e2b112bac"

# The services this repository's image runs, and the subcommand each must run.
NEWSWIRE_SERVICES = {"topics": "topics", "worker": "worker", "poller": "poll"}
# Compose durations, Go style: 10s, 1m30s, 500ms.
DURATION = re.compile(r"^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$")
INTERPOLATION = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+]([^}]*))?\}|\$([A-Za-z_]\w*)")


# --- loading -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose_text() -> str:
    return COMPOSE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose(compose_text: str) -> dict[str, Any]:
    data = yaml.safe_load(compose_text)  # resolves the x-newswire anchors and << merges
    assert isinstance(data, dict), "docker-compose.yml is not a mapping"
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = compose.get("services")
    assert isinstance(found, dict) and found, "docker-compose.yml has no services"
    return found


@pytest.fixture(scope="module")
def pyproject() -> dict[str, Any]:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)


def interpolate(value: Any) -> str:
    """A value as Compose would see it with no variables set: defaults filled in."""
    return INTERPOLATION.sub(lambda m: m.group(2) or "", str(value))


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = (item.partition("=") for item in env)
        return {k: interpolate(v) for k, _, v in pairs}
    return {k: interpolate("" if v is None else v) for k, v in env.items()}


def command(service: dict[str, Any]) -> list[str]:
    cmd = service.get("command")
    if cmd is None:
        return dockerfile_json("CMD")
    return shlex.split(cmd) if isinstance(cmd, str) else [str(c) for c in cmd]


def healthcheck_test(service: dict[str, Any]) -> str:
    test = (service.get("healthcheck") or {}).get("test")
    return " ".join(test) if isinstance(test, list) else str(test or "")


def parse_cli(argv: list[str]) -> Any:
    """Parse argv like the `newswire` entry point; None for a --help/--version that exits 0."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            return build_parser().parse_args(argv)
    except SystemExit as exc:
        if exc.code in (0, None):
            return None
        pytest.fail(f"`newswire {shlex.join(argv)}` is not a valid command: {err.getvalue()}")


# --- the Compose Specification ---------------------------------------------------------------


def test_vendored_schema_is_unchanged() -> None:
    digest = hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest()
    assert digest == SCHEMA_SHA256, (
        "tests/data/compose-spec.json differs from docker-compose 1.29.2"
    )


def test_compose_file_validates_against_the_compose_spec(compose: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    # The file declares draft 2019-09 under a URI jsonschema does not map; name it here.
    jsonschema.Draft201909Validator.check_schema(schema)
    formats = jsonschema.FormatChecker(formats=())

    @formats.checks("duration")
    def is_duration(value: object) -> bool:
        return not isinstance(value, str) or bool(DURATION.match(value))

    validator = jsonschema.Draft201909Validator(schema, format_checker=formats)
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.absolute_path))
    report = "\n".join(
        f"  {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors
    )
    assert not errors, f"docker-compose.yml breaks the Compose Specification:\n{report}"


def test_depends_on_and_volumes_refer_to_what_exists(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    declared_volumes = set(compose.get("volumes") or {})
    for name, svc in services.items():
        deps = svc.get("depends_on") or {}
        for dep in deps:
            assert dep in services, f"{name} depends on unknown service {dep}"
            if isinstance(deps, dict) and deps[dep].get("condition") == "service_healthy":
                assert services[dep].get("healthcheck"), f"{dep} has no health check to wait on"
        for vol in svc.get("volumes") or []:
            source = vol.get("source", "") if isinstance(vol, dict) else vol.split(":")[0]
            if source and not source.startswith((".", "/", "~", "$")):
                assert source in declared_volumes, f"{name} mounts undeclared volume {source}"


# --- settings names ---------------------------------------------------------------------------


def test_every_newswire_name_is_a_known_setting(
    compose_text: str, services: dict[str, dict[str, Any]]
) -> None:
    known = set(env_names())
    used: dict[str, set[str]] = {}
    for name, svc in services.items():
        for key in environment(svc):
            if key.startswith("NEWSWIRE_"):
                used.setdefault(key, set()).add(f"services.{name}.environment")
    # Anywhere else too: ${NEWSWIRE_...} interpolations, anchors, comments, the Dockerfile.
    for where, text in (
        ("docker-compose.yml", compose_text),
        ("Dockerfile", DOCKERFILE.read_text()),
    ):
        for key in re.findall(r"\bNEWSWIRE_[A-Z0-9_]+", text):
            used.setdefault(key, set()).add(where)
    assert used, "docker-compose.yml sets no NEWSWIRE_* setting"
    # Read at build time by setup.py, not a setting: the compiled (mypyc) build.
    unknown = {k: sorted(v) for k, v in used.items() if k not in known | {"NEWSWIRE_MYPYC"}}
    assert not unknown, f"not settings the code knows (pipeline.settings.env_names()): {unknown}"


@pytest.mark.parametrize("name", sorted(NEWSWIRE_SERVICES))
def test_service_environment_makes_valid_settings(
    services: dict[str, dict[str, Any]], name: str
) -> None:
    env = environment(services[name])
    settings = load_settings(environ=env)  # raises ConfigError on a value it cannot take
    assert settings.bootstrap == env["NEWSWIRE_BOOTSTRAP"]


# --- the newswire services ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(NEWSWIRE_SERVICES))
def test_service_builds_from_the_dockerfile(services: dict[str, dict[str, Any]], name: str) -> None:
    assert name in services, f"docker-compose.yml has no {name} service"
    build = services[name].get("build")
    assert build, f"{name} is not built from the repository"
    if isinstance(build, str):
        build = {"context": build}
    context = (COMPOSE_FILE.parent / build.get("context", ".")).resolve()
    dockerfile = (context / build.get("dockerfile", "Dockerfile")).resolve()
    assert dockerfile == DOCKERFILE.resolve(), (
        f"{name} builds from {dockerfile}, not the Dockerfile"
    )
    assert "entrypoint" not in services[name], f"{name} overrides the image's `newswire` entrypoint"


@pytest.mark.parametrize(("name", "subcommand"), sorted(NEWSWIRE_SERVICES.items()))
def test_service_runs_a_real_subcommand(
    services: dict[str, dict[str, Any]], name: str, subcommand: str
) -> None:
    argv = command(services[name])
    args = parse_cli(argv)
    assert args is not None and args.command == subcommand, f"{name} runs `newswire {argv}`"
    if subcommand == "topics":
        assert args.action == "create"


@pytest.mark.parametrize("name", ["worker", "poller"])
def test_long_running_services_wait_for_kafka_and_restart(
    services: dict[str, dict[str, Any]], name: str
) -> None:
    svc = services[name]
    assert svc.get("restart") == "unless-stopped"
    deps = svc.get("depends_on")
    assert isinstance(deps, dict), f"{name}: depends_on needs conditions"
    assert deps.get("kafka", {}).get("condition") == "service_healthy"
    assert svc.get("healthcheck", {}).get("test"), f"{name} has no health check"


def _mounted_on_named_volume(svc: dict[str, Any], path: str, volumes: set[str]) -> bool:
    for vol in svc.get("volumes") or []:
        if isinstance(vol, dict):
            source, target = vol.get("source", ""), vol.get("target", "")
        else:
            source, target = [*vol.split(":"), ""][:2]
        if source in volumes and PurePosixPath(path).is_relative_to(target):
            return True
    return False


def test_state_and_tables_live_on_named_volumes(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    volumes = set(compose.get("volumes") or {})
    poller, worker = environment(services["poller"]), environment(services["worker"])
    state = poller.get("NEWSWIRE_STATE_PATH", "")
    assert state.startswith("/"), "the poller needs NEWSWIRE_STATE_PATH"
    assert _mounted_on_named_volume(services["poller"], state, volumes), state
    tables = worker.get("NEWSWIRE_TABLE_DIR", "")
    assert tables.startswith("/"), "the worker needs NEWSWIRE_TABLE_DIR"
    assert _mounted_on_named_volume(services["worker"], tables, volumes), tables
    assert worker.get("NEWSWIRE_STORE") == "rocksdb://"


@pytest.mark.parametrize(
    ("name", "setting"), [("worker", "NEWSWIRE_WEB_PORT"), ("poller", "NEWSWIRE_METRICS_PORT")]
)
def test_health_check_probes_the_configured_port(
    services: dict[str, dict[str, Any]], name: str, setting: str
) -> None:
    port = environment(services[name]).get(setting)
    assert port and port.isdigit(), f"{name} sets no {setting}"
    assert f":{port}/" in healthcheck_test(services[name]), f"{name}'s probe misses port {port}"


@pytest.mark.parametrize(
    ("name", "setting"), [("worker", "NEWSWIRE_WEB_PORT"), ("poller", "NEWSWIRE_METRICS_PORT")]
)
def test_services_with_a_port_listen_beyond_their_container(
    services: dict[str, dict[str, Any]], name: str, setting: str
) -> None:
    # the default, loopback, would hide the metrics from a scraper in another container
    env = environment(services[name])
    assert setting in env
    assert load_settings(environ=env).listen_host == "0.0.0.0"


def test_kafka_is_single_node_kraft_and_advertises_the_bootstrap(
    services: dict[str, dict[str, Any]],
) -> None:
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = environment(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@")
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
    ):
        assert env[key] == "1"
    assert "kafka-broker-api-versions" in healthcheck_test(kafka)
    advertised = {item.split("://", 1)[1] for item in env["KAFKA_ADVERTISED_LISTENERS"].split(",")}
    for name in NEWSWIRE_SERVICES:
        bootstrap = environment(services[name]).get("NEWSWIRE_BOOTSTRAP", "")
        assert bootstrap, f"{name} sets no NEWSWIRE_BOOTSTRAP"
        for server in bootstrap.split(","):
            assert server in advertised, f"{name} bootstraps from {server}, not advertised"


# --- Dockerfile and .dockerignore ----------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    buf = ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            buf += stripped[:-1] + " "
            continue
        instruction, _, args = (buf + stripped).partition(" ")
        out.append((instruction.upper(), args.strip()))
        buf = ""
    assert not buf, "Dockerfile ends inside a continued line"
    return out


def dockerfile_json(instruction: str) -> list[str]:
    found = [args for instr, args in dockerfile_instructions() if instr == instruction]
    assert found, f"Dockerfile has no {instruction}"
    value = json.loads(found[-1])  # the exec form; the last one counts
    assert isinstance(value, list) and all(isinstance(v, str) for v in value)
    return value


def package_inputs(pyproject: dict[str, Any]) -> list[str]:
    """What `pip install .` reads: pyproject.toml, the readme, the top-level packages."""
    readme = pyproject["project"].get("readme")
    readme = readme.get("file") if isinstance(readme, dict) else readme
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = sorted({pattern.split(".")[0].rstrip("*") for pattern in include})
    return ["pyproject.toml", *([readme] if readme else []), *packages]


def test_dockerfile_installs_the_package(pyproject: dict[str, Any]) -> None:
    instructions = dockerfile_instructions()
    froms = [
        next(w for w in args.split() if not w.startswith("--"))
        for instr, args in instructions
        if instr == "FROM"
    ]
    assert froms and froms[-1] == "python:3.11-slim", froms
    runs = " && ".join(args for instr, args in instructions if instr == "RUN")
    assert re.search(r"pip install [\"']?\.\[rocksdb\][\"']?", runs), "no `pip install .[rocksdb]`"
    copied: set[str] = set()
    for instr, args in instructions:
        if instr in ("COPY", "ADD") and "--from" not in args:
            words = json.loads(args) if args.startswith("[") else args.split()
            words = [w for w in words if not w.startswith("--")]
            copied.update(str(PurePosixPath(w)) for w in words[:-1])
    missing = [p for p in package_inputs(pyproject) if p not in copied and "." not in copied]
    assert not missing, f"the Dockerfile does not copy {missing}"


def test_dockerfile_runs_newswire_as_a_non_root_user() -> None:
    assert dockerfile_json("ENTRYPOINT") == ["newswire"]
    parse_cli(dockerfile_json("CMD"))  # the default command is a valid one
    users = [args for instr, args in dockerfile_instructions() if instr == "USER"]
    assert users, "the image runs as root"
    assert users[-1].split(":")[0] not in ("root", "0"), f"USER {users[-1]}"


def dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents decides."""
    parts = path.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    ignored = False
    for raw in patterns:
        negated = raw.startswith("!")
        pattern = raw.lstrip("!").strip("/")
        alternatives = [pattern, pattern[3:]] if pattern.startswith("**/") else [pattern]
        if any(fnmatch.fnmatchcase(p, alt) for p in prefixes for alt in alternatives):
            ignored = not negated
    return ignored


def test_build_context_carries_the_package_and_nothing_private(pyproject: dict[str, Any]) -> None:
    lines = DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
    patterns = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    needed = []
    for item in package_inputs(pyproject):
        path = REPO / item
        if path.is_dir():
            needed += [
                f.relative_to(REPO).as_posix()
                for f in path.rglob("*")
                if f.is_file() and "__pycache__" not in f.parts
            ]
        else:
            needed.append(item)
    kept_out = [p for p in needed if dockerignored(p, patterns)]
    assert not kept_out, f".dockerignore keeps needed files out of the build: {kept_out[:10]}"
    for private in (".venv/pyvenv.cfg", ".git/HEAD", ".env", "poller-state.db"):
        assert dockerignored(private, patterns), f".dockerignore lets {private} into the build"
