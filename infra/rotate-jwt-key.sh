#!/usr/bin/env bash
# Rotates the access-token signing key (infra/README.md): writes a new ES256 key into the accounts
# database (table signing_key; the newest key signs) and restarts the accounts pods one by one, which
# then sign with it and publish it at /.well-known/jwks.json. Sessions and refresh tokens are not
# affected; an access token signed with the old key is refused once and the client refreshes it.
#   infra/rotate-jwt-key.sh <namespace>
set -euo pipefail
namespace="${1:?usage: infra/rotate-jwt-key.sh <namespace>}"
# Made with jose inside the accounts image, in the format accounts itself writes (sign-in/tokens.ts).
generate='
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
const kid = randomUUID();
const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
const values = [kid, JSON.stringify(await exportJWK(privateKey)), JSON.stringify(publicJwk)];
// Dollar-quoted SQL strings: nothing in a JWK needs escaping.
const sql = values.map((v) => "$jwk$" + v + "$jwk$").join(", ");
console.log("insert into signing_key (kid, private_jwk, public_jwk, created_at) values (" + sql + ", now());");
'
sql="$(kubectl -n "$namespace" exec deploy/accounts -c accounts -- node --input-type=module -e "$generate")"
primary="$(kubectl -n "$namespace" get pod -l cnpg.io/cluster=accounts-db,cnpg.io/instanceRole=primary -o name)"
kubectl -n "$namespace" exec "$primary" -c postgres -- psql -v ON_ERROR_STOP=1 -d accounts -c "$sql"
kubectl -n "$namespace" rollout restart deployment/accounts
kubectl -n "$namespace" rollout status deployment/accounts --timeout=10m
echo "[rotate] accounts signs with the new key; keys older than 10 minutes may be deleted from signing_key"
