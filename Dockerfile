# syntax=docker/dockerfile:1.7
# The MKIB application image: every deployable app (the all-in-one platform, the four services, the
# gateway, the web front end) from one image; the Helm chart picks the entry point per component
# (`node tools/run.js <entry>`). Multi-stage: the web front end is built with dev dependencies, the image
# keeps production dependencies only and runs as a non-root user on a read-only root file system.
ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS web
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.base.json ./
COPY tools/run.js ./tools/run.js
COPY apps ./apps
COPY libs ./libs
COPY --from=web /src/dist/apps ./dist/apps
# Numeric, so Kubernetes can check runAsNonRoot; matches the chart's runAsUser.
USER 10001:10001
EXPOSE 8080 4000
ENTRYPOINT ["node"]
CMD ["tools/run.js", "apps/platform/src/main.ts"]
