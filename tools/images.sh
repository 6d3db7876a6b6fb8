#!/usr/bin/env bash
# npm run images: builds the MKIB application image from the Dockerfile at the repository root (all
# sources, production dependencies, the built web front end) as ${MKIB_IMAGE:-mkib}:<tag>, then one thin
# image per deployable app on top of it (its Dockerfile under apps/<app>/ sets the entry point):
#   <image>-platform, -gateway, -policy-service, -risk-service, -icv-service, -governance-service, -web.
# The Helm chart needs only the base image (it sets each component's entry point itself).
#
# With a Docker engine (docker info answers): docker build, on NODE_IMAGE (default node:24-bookworm-slim).
# Without one: buildah (installed from Debian's packages when missing, run as root), vfs storage, chroot
# isolation; unless NODE_IMAGE is given, on the local base image localhost/mkib-node:24 that
# tools/images/base-image.sh builds first (Debian minbase + Node 24 from the npm registry, no container
# registry needed). The images are then named localhost/<image>; push them with `buildah push`.
set -euo pipefail
cd "$(dirname "$0")/.."
image="${MKIB_IMAGE:-mkib}"
tag="${MKIB_IMAGE_TAG:-$(node -p "require('./package.json').version")}"
apps=(platform gateway policy-service risk-service icv-service governance-service)
node_image=()
[ -n "${NODE_IMAGE:-}" ] && node_image=(--build-arg "NODE_IMAGE=${NODE_IMAGE}")

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  docker build "${node_image[@]}" -t "${image}:${tag}" .
  for app in "${apps[@]}"; do
    docker build --build-arg "BASE_IMAGE=${image}:${tag}" -t "${image}-${app}:${tag}" -f "apps/${app}/Dockerfile" .
  done
  docker build --build-arg "BASE_IMAGE=${image}:${tag}" -t "${image}-web:${tag}" -f apps/platform/Dockerfile.web .
  echo "built ${image}:${tag} and one image per app (docker)"
  exit 0
fi

echo "No Docker engine answers here: building with buildah." >&2
source tools/images/lib.sh
ensure_image_tools
[[ "$image" == */* ]] || image="localhost/${image}"
if [ ${#node_image[@]} -eq 0 ]; then
  bash tools/images/base-image.sh
  node_image=(--build-arg "NODE_IMAGE=${BASE_IMAGE_NAME}")
fi
mapfile -t extras < <(build_extras)
start=$(date +%s)
buildah_ bud --isolation chroot --jobs 2 "${extras[@]}" "${node_image[@]}" -t "${image}:${tag}" .
# The thin images, side by side: with vfs each one copies, diffs and deletes the whole file tree, which
# waits on the disk far more than on the processors.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
thin=()
for app in "${apps[@]}" web; do
  file="apps/${app}/Dockerfile"
  [ "$app" = web ] && file=apps/platform/Dockerfile.web
  buildah_ bud --quiet --isolation chroot --pull-never --build-arg "BASE_IMAGE=${image}:${tag}" \
    -t "${image}-${app}:${tag}" -f "$file" . >"$logs/$app.log" 2>&1 &
  thin+=("$!:$app")
done
failed=0
for job in "${thin[@]}"; do
  if ! wait "${job%%:*}"; then
    echo "the ${job#*:} image failed:" >&2
    cat "$logs/${job#*:}.log" >&2
    failed=1
  fi
done
[ $failed = 0 ] || exit 1
buildah_ images --filter "reference=${image}*:${tag}"
echo "built ${image}:${tag} and one image per app in $(($(date +%s) - start))s (buildah, vfs storage)"
