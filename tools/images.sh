#!/usr/bin/env bash
# npm run images: builds the MKIB application image (Dockerfile at the repository root) and tags it
# ${MKIB_IMAGE:-mkib}:${MKIB_IMAGE_TAG:-<version from package.json>}. Needs a Docker (or compatible)
# engine; push with `docker push` to the registry the chart's image.repository names.
set -euo pipefail
cd "$(dirname "$0")/.."
image="${MKIB_IMAGE:-mkib}"
tag="${MKIB_IMAGE_TAG:-$(node -p "require('./package.json').version")}"
if ! docker info >/dev/null 2>&1; then
  echo "No container engine answers here (docker info failed). On a machine with one:" >&2
  echo "  docker build -t ${image}:${tag} ." >&2
  exit 2
fi
docker build -t "${image}:${tag}" .
echo "built ${image}:${tag}; every component runs it with args [tools/run.js, <entry>] (see charts/mkib)"
