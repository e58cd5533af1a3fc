#!/usr/bin/env bash
# Builds the seven process images from the one Dockerfile, and the portal's (portal.Dockerfile): business-center/<name>:<tag>, or
# <registry>/business-center/<name>:<tag> pushed when BC_REGISTRY is set. Needs Docker with BuildKit.
#   infra/docker/build.sh dev                                      # local images for the dev overlay
#   BC_REGISTRY=registry.example.com infra/docker/build.sh 1.4.0   # release: build and push
set -euo pipefail
cd "$(dirname "$0")/../.."
tag="${1:?usage: infra/docker/build.sh <tag>}"
prefix="${BC_REGISTRY:+$BC_REGISTRY/}business-center"
for service in gateway accounts agreements inventory benefits reporting notifications; do
  image="$prefix/$service:$tag"
  echo "[images] $image"
  docker build -f infra/docker/Dockerfile --build-arg "SERVICE=$service" -t "$image" .
  if [[ -n "${BC_REGISTRY:-}" ]]; then docker push "$image"; fi
done
# The portal is static files behind nginx, not a Node process: its own Dockerfile.
image="$prefix/portal:$tag"
echo "[images] $image"
docker build -f infra/docker/portal.Dockerfile -t "$image" .
if [[ -n "${BC_REGISTRY:-}" ]]; then docker push "$image"; fi
