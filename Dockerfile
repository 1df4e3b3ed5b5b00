# syntax=docker/dockerfile:1
# claimwatch worker image. The app runs its TypeScript sources through tsx (a production dependency), so the
# build stage only installs everything and typechecks; the runtime stage gets production dependencies only.
ARG NODE_IMAGE=node:20-slim

# --- build: full install + typecheck (fails the build on a type error) -------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc --noEmit -p .

# --- deps: production dependencies only (tsx included; typescript, vitest and the rest left out) -----------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM/SIGINT to node (which then drains its jobs) and reaps zombies.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    ALERT_LOG=/data/logs/alerts.log
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/jobs ./jobs
COPY --from=build /app/config ./config
# `claimwatch` on the PATH, so that `docker compose exec worker claimwatch alerts` works.
# /data/logs belongs to the unprivileged `node` user (uid 1000) of the base image; a named volume mounted
# there starts with this ownership (a bind mount must be writable by uid 1000).
RUN chmod +x bin/claimwatch.js \
  && ln -s /app/bin/claimwatch.js /usr/local/bin/claimwatch \
  && mkdir -p /data/logs \
  && chown -R node:node /data
USER node
VOLUME ["/data/logs"]
# The HTTP API (health, metrics, checks, Bull Board) listens only when PORT is set.
EXPOSE 8080
# Healthy when /healthz answers 200 (Redis answers and the workers run); without PORT there is nothing to ask.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const p = process.env.PORT; if (!p) process.exit(0); fetch('http://127.0.0.1:' + p + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-old-space-size=512", "--import", "tsx", "src/cli/main.ts", "start"]
