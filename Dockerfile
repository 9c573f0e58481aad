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

# Every dependency ships binary wheels for CPython 3.11 on Linux. The enrichment core is
# compiled with mypyc (setup.py; NEWSWIRE_MYPYC=0 builds it pure): gcc is installed,
# used and purged in the same layer, so the image does not keep it, nor mypy, which
# pip fetches into a throwaway build environment. The check fails the build if the
# compiled modules are not the ones imported.
ARG NEWSWIRE_MYPYC=1
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY pipeline ./pipeline
COPY agents ./agents
RUN if [ "$NEWSWIRE_MYPYC" = 1 ]; then \
        apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev; \
    fi \
 && NEWSWIRE_MYPYC=$NEWSWIRE_MYPYC pip install ".[rocksdb]" \
 && if [ "$NEWSWIRE_MYPYC" = 1 ]; then \
        apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/*; \
    fi \
 && cd / && python -c 'import pipeline.enrich.figures.extractor as m, sys; \
        print(m.__file__); sys.exit(m.__file__.endswith(".py") == ("$NEWSWIRE_MYPYC" == "1"))' \
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
