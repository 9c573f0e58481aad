# syntax=docker/dockerfile:1
# newswire in one image: `newswire poll`, `newswire worker` and every other subcommand.
#   docker build -t newswire:local .
#   docker run --rm newswire:local                      # the subcommands
#   docker run --rm -i newswire:local enrich - < article.txt
# docker-compose.yml runs it beside Kafka.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# An unprivileged user. The data directories exist in the image, owned by it,
# so that named volumes mounted on them start out writable.
RUN groupadd --system --gid 10001 newswire \
 && useradd --system --uid 10001 --gid newswire --create-home --home-dir /home/newswire \
        --shell /usr/sbin/nologin newswire \
 && mkdir -p /var/lib/newswire/state /var/lib/newswire/tables \
 && chown -R newswire:newswire /var/lib/newswire

# Every dependency ships binary wheels for CPython 3.11 on Linux: no compiler needed.
WORKDIR /src
COPY pyproject.toml README.md ./
COPY pipeline ./pipeline
COPY agents ./agents
RUN pip install ".[rocksdb]" \
 && newswire --version \
 && rm -rf /src/*

# Defaults for the paths above; docker-compose.yml sets them too.
ENV NEWSWIRE_STATE_PATH=/var/lib/newswire/state/poller-state.db \
    NEWSWIRE_TABLE_DIR=/var/lib/newswire/tables

USER 10001:10001
WORKDIR /home/newswire
# 6066: the worker's web server (NEWSWIRE_WEB_PORT); 9108: poller metrics (NEWSWIRE_METRICS_PORT).
EXPOSE 6066 9108

ENTRYPOINT ["newswire"]
CMD ["--help"]
