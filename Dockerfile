# syntax=docker/dockerfile:1.7
# The MKIB application image: every deployable app (the all-in-one platform, the four services, the
# gateway, the web front end) from one image; the Helm chart picks the entry point per component
# (`node tools/run.js <entry>`). Multi-stage: the web front end is built with dev dependencies, the image
# keeps production dependencies only (with `typescript`, which @swc-node/register needs at run time) and
# runs as a non-root user (uid 10001) on files owned by root, on a read-only root file system; only
# MKIB_DATA_DIR (/data, the all-in-one's embedded database) and /tmp need to be writable.
#
# NODE_IMAGE: any Debian-based Node 24 image with npm: the public node:24-bookworm-slim, or the local
# localhost/mkib-node:24 that tools/images/base-image.sh builds without a registry (`npm run images`).
# Builds with docker (BuildKit) or buildah.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS web
ENV NX_DAEMON=false NX_NO_CLOUD=true
WORKDIR /src
# .npmrc: legacy-peer-deps, without which npm ci refuses the lock file.
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production MKIB_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.base.json ./
COPY tools/run.js ./tools/run.js
COPY apps ./apps
COPY libs ./libs
COPY --from=web /src/dist/apps ./dist/apps
# The application files stay owned by root (uid 10001 cannot change them); the data directory is the
# one place it writes (mount a volume there when the root file system is read-only).
RUN mkdir -p /data && chown 10001:10001 /data && chmod 0700 /data
# Numeric, so Kubernetes can check runAsNonRoot; matches the chart's runAsUser.
USER 10001:10001
EXPOSE 8080 4000
ENTRYPOINT ["node"]
CMD ["tools/run.js", "apps/platform/src/main.ts"]
