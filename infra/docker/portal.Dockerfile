# syntax=docker/dockerfile:1.7
# The portal (@bc/portal): its Vite build served by nginx (unprivileged, port 8080). Not a Node process:
# the gateway keeps /graphql, /auth, /downloads and /exports on the same host (k8s/base/ingress.yaml).
#   docker build -f infra/docker/portal.Dockerfile -t business-center/portal .
ARG NODE_VERSION=24
ARG PNPM_VERSION=12.4.2

FROM node:${NODE_VERSION}-bookworm-slim AS build
ARG PNPM_VERSION
RUN npm install -g "pnpm@${PNPM_VERSION}"
WORKDIR /repo
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store pnpm fetch
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
  pnpm install --frozen-lockfile --offline --filter @bc/portal
RUN pnpm --filter @bc/portal build

FROM nginxinc/nginx-unprivileged:1.29-alpine
LABEL org.opencontainers.image.title="business-center/portal"
COPY infra/docker/portal-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/services/portal/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
