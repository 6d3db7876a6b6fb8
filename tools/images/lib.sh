# Shared by tools/images/*.sh and tools/images.sh (sourced, not run): buildah without a container
# registry or a daemon. Storage on the vfs driver (works without overlay support, copies every layer in
# full: watch the disk), RUN steps with chroot isolation (no user namespaces needed; shares the host's
# network).

MKIB_IMAGES_CACHE="${MKIB_CACHE:-$(pwd)/.cache}/images"
BASE_IMAGE_NAME="${MKIB_BASE_IMAGE:-localhost/mkib-node:24}"
# MKIB_IMAGE_STORAGE: a storage directory of its own (the smoke test uses one on tmpfs) instead of the
# system's (/var/lib/containers/storage).
storage_flags=(--storage-driver vfs)
if [ -n "${MKIB_IMAGE_STORAGE:-}" ]; then
  storage_flags+=(--root "$MKIB_IMAGE_STORAGE/root" --runroot "$MKIB_IMAGE_STORAGE/run")
fi
buildah_() { buildah "${storage_flags[@]}" "$@"; }
podman_() { podman "${storage_flags[@]}" "$@"; }

# Installs the Debian packages this needs when one is missing (CI runs as root on Debian).
ensure_image_tools() {
  local need=() tool
  for tool in buildah podman mmdebstrap; do
    command -v "$tool" >/dev/null 2>&1 || need+=("$tool")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing: ${need[*]} (install them, e.g. apt-get install ${need[*]})" >&2
    return 1
  fi
  echo "installing ${need[*]} (apt-get)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}

image_exists() { buildah_ inspect --type image "$1" >/dev/null 2>&1; }

# The image's size as buildah reports it.
image_size() { buildah_ images --format '{{.Size}}' "$1" 2>/dev/null | head -n 1; }

# Build-time extras for `buildah bud`, one a line:
# - the RUN steps get the host's open-files limit (buildah's default of 1024 is too low for npm ci with a
#   warm cache: EMFILE);
# - they trust the CAs this host trusts (an egress proxy's, for one): read-only bind mounts of the host's
#   bundle over the image's and of an npmrc that points npm at it. Nothing of it ends up in an image.
build_extras() {
  local nofile
  nofile=$(ulimit -Hn)
  [ "$nofile" = unlimited ] && nofile=1048576
  echo "--ulimit=nofile=$nofile:$nofile"
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$MKIB_IMAGES_CACHE"
    printf "cafile=/etc/ssl/certs/ca-certificates.crt\nupdate-notifier=false\n" >"$MKIB_IMAGES_CACHE/build.npmrc"
    echo "--volume=/etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro"
    echo "--volume=$MKIB_IMAGES_CACHE/build.npmrc:/root/.npmrc:ro"
  fi
}
