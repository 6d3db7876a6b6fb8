#!/usr/bin/env bash
# npm run images: builds the MKIB application image from the Dockerfile at the repository root (all
# sources, production dependencies, the built web front end) as ${MKIB_IMAGE:-mkib}:<tag>, then one thin
# image per deployable app on top of it (its Dockerfile under apps/<app>/ sets the entry point):
#   <image>-platform, -gateway, -policy-service, -risk-service, -icv-service, -governance-service, -web.
# The Helm chart needs only the base image (it sets each component's entry point itself).
# Needs a Docker (or compatible) engine; push with `docker push` to your registry.
set -euo pipefail
cd "$(dirname "$0")/.."
image="${MKIB_IMAGE:-mkib}"
tag="${MKIB_IMAGE_TAG:-$(node -p "require('./package.json').version")}"
apps=(platform gateway policy-service risk-service icv-service governance-service)
if ! docker info >/dev/null 2>&1; then
  echo "No container engine answers here (docker info failed). On a machine with one:" >&2
  echo "  docker build -t ${image}:${tag} ." >&2
  for app in "${apps[@]}"; do
    echo "  docker build --build-arg BASE_IMAGE=${image}:${tag} -t ${image}-${app}:${tag} -f apps/${app}/Dockerfile ." >&2
  done
  echo "  docker build --build-arg BASE_IMAGE=${image}:${tag} -t ${image}-web:${tag} -f apps/platform/Dockerfile.web ." >&2
  exit 2
fi
docker build -t "${image}:${tag}" .
for app in "${apps[@]}"; do
  docker build --build-arg "BASE_IMAGE=${image}:${tag}" -t "${image}-${app}:${tag}" -f "apps/${app}/Dockerfile" .
done
docker build --build-arg "BASE_IMAGE=${image}:${tag}" -t "${image}-web:${tag}" -f apps/platform/Dockerfile.web .
echo "built ${image}:${tag} and one image per app"
