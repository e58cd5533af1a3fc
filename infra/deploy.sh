#!/usr/bin/env bash
# Deploys an overlay (infra/k8s/overlays/<name>) to the cluster of the current kubectl context, in
# the order the system needs (infra/README.md):
#   1. everything but the services: namespace, config, secrets, network policies, Kafka, its topics
#      and users, the databases and their backups, monitoring; then waits until Kafka, every topic
#      and user and every database are ready
#   2. the migration Jobs (the previous ones deleted first: a Job's pod template cannot change);
#      waits until each has completed, and stops here when one fails
#   3. the Deployments and their Services, autoscalers and budgets; waits for every rollout
# Running it again with nothing changed is harmless: it re-runs the (idempotent) migrations.
#   infra/deploy.sh dev|prod
set -euo pipefail
overlay="${1:?usage: infra/deploy.sh <overlay: $(ls "$(dirname "$0")/k8s/overlays" | tr '\n' ' ')>}"
dir="$(cd "$(dirname "$0")" && pwd)/k8s/overlays/$overlay"
[[ -d "$dir" ]] || { echo "no overlay $overlay in $(dirname "$dir")" >&2; exit 2; }
timeout="${BC_DEPLOY_TIMEOUT:-15m}"
log() { printf '[deploy] %s\n' "$*"; }

for crd in kafkas.kafka.strimzi.io kafkanodepools.kafka.strimzi.io kafkatopics.kafka.strimzi.io \
  kafkausers.kafka.strimzi.io clusters.postgresql.cnpg.io scheduledbackups.postgresql.cnpg.io \
  podmonitors.monitoring.coreos.com prometheusrules.monitoring.coreos.com \
  httproutes.gateway.networking.k8s.io; do
  kubectl get crd "$crd" >/dev/null || { echo "CRD $crd missing: install the operators first (infra/README.md)" >&2; exit 1; }
done

rendered="$(mktemp)"
trap 'rm -f "$rendered"' EXIT
# kubectl's built-in kustomize, or a standalone one (scripts/setup.sh installs it for the tests).
if command -v kustomize >/dev/null; then kustomize build "$dir" >"$rendered"; else kubectl kustomize "$dir" >"$rendered"; fi
namespace="$(awk '/^namespace:/ { print $2; exit }' "$dir/kustomization.yaml")"
if grep -q '^kind: ObjectStore' "$rendered"; then
  kubectl get crd objectstores.barmancloud.cnpg.io >/dev/null ||
    { echo "CRD objectstores.barmancloud.cnpg.io missing: install the Barman Cloud plugin (infra/README.md)" >&2; exit 1; }
fi
if grep -q '^kind: ExternalSecret' "$rendered"; then
  kubectl get crd externalsecrets.external-secrets.io >/dev/null ||
    { echo "CRD externalsecrets.external-secrets.io missing: install the External Secrets Operator" >&2; exit 1; }
fi

services='app.kubernetes.io/component in (gateway,subgraph,worker,web)'
migrations='app.kubernetes.io/component=migration'

log "1/3 $overlay: namespace, configuration, Kafka, topics, databases"
kubectl apply -f "$rendered" -l 'app.kubernetes.io/component notin (gateway,subgraph,worker,web,migration)'
kubectl -n "$namespace" wait kafka/business-center --for=condition=Ready --timeout="$timeout"
kubectl -n "$namespace" wait kafkatopic --all --for=condition=Ready --timeout="$timeout"
# Each process's Kafka password (Secret <name>) exists once its KafkaUser is ready.
kubectl -n "$namespace" wait kafkauser --all --for=condition=Ready --timeout="$timeout"
kubectl -n "$namespace" wait cluster.postgresql.cnpg.io --all --for=condition=Ready --timeout="$timeout"
if grep -q '^kind: ExternalSecret' "$rendered"; then
  kubectl -n "$namespace" wait externalsecret --all --for=condition=Ready --timeout="$timeout"
fi

log "2/3 $overlay: database migrations"
kubectl -n "$namespace" delete job -l "$migrations" --ignore-not-found --wait
kubectl apply -f "$rendered" -l "$migrations"
# A Job ends Complete or Failed (its activeDeadlineSeconds bounds the wait); a failure stops here.
for job in $(kubectl -n "$namespace" get job -l "$migrations" -o name); do
  while :; do
    state="$(kubectl -n "$namespace" get "$job" -o jsonpath='{.status.conditions[?(@.status=="True")].type}')"
    [[ "$state" == *Complete* ]] && break
    if [[ "$state" == *Failed* ]]; then
      kubectl -n "$namespace" logs "$job" --tail=50 || true
      echo "$job failed: the services were not rolled out" >&2
      exit 1
    fi
    sleep 5
  done
  log "$job complete"
done

log "3/3 $overlay: services"
kubectl apply -f "$rendered" -l "$services"
for deployment in $(kubectl -n "$namespace" get deployment -l "$services" -o name); do
  kubectl -n "$namespace" rollout status "$deployment" --timeout="$timeout"
done
log "done: $(kubectl -n "$namespace" get ingress business-center -o jsonpath='{.spec.rules[0].host}')/graphql"
