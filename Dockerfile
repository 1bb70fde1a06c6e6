# newsroom-bot in a container: the README's install (requirements.lock, no second list of
# dependencies), a non-root user, the store on the /data volume, settings from the environment
# (deploy/.env.example lists them). Long polling by default; for a webhook set
# NEWSROOM_WEBHOOK_URL and publish port 8443 to your TLS proxy.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY . /app
# The README's first command, without the demo.
RUN python3 -m venv .venv && .venv/bin/pip install -c requirements.lock -e .

RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin newsroom \
    && mkdir -p /data && chown newsroom:newsroom /data
USER newsroom
# Anything written relative to the working folder lands on the volume too.
WORKDIR /data

ENV PATH=/app/.venv/bin:$PATH \
    NEWSROOM_DB=/data/newsroom.db \
    NEWSROOM_WEBHOOK_LISTEN=0.0.0.0:8443
VOLUME /data
EXPOSE 8443

# Healthy unless the doctor finds a problem (exit 2); warnings (exit 1) do not count.
HEALTHCHECK --interval=5m --timeout=60s --start-period=30s \
    CMD newsroom-bot doctor --offline > /dev/null; [ $? -lt 2 ]

# SIGTERM (docker stop) ends it cleanly: updates in hand are finished, unsent pushes stay in
# the outbox, the store is checkpointed. Give it time: docker stop -t 60.
STOPSIGNAL SIGTERM
CMD ["newsroom-bot", "run"]
