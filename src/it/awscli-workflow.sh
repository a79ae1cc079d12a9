#!/usr/bin/env bash
# End-to-end: starts the standalone server jar and runs a short workflow with the AWS CLI against
# it. Needs the jar (mvn -B verify builds it) and the `aws` command (Debian package awscli).
# Usage: src/it/awscli-workflow.sh [path/to/personalize-fake-server.jar]
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${1:-$root/server/target/personalize-fake-server.jar}"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
endpoint="http://127.0.0.1:$port"
log="$(mktemp)"
work="$(mktemp -d)"

export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_MAX_ATTEMPTS=1 AWS_PAGER="" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null

java -jar "$jar" --port "$port" --in-memory --timings instant >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; rm -rf "$work" "$log"; }
trap cleanup EXIT

for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "server did not start"; exit 1; }
  sleep 0.1
done
grep -q "listening on $endpoint" "$log" || { cat "$log"; echo "no endpoint printed"; exit 1; }

p() { aws --endpoint-url "$endpoint" --output json personalize "$@"; }
pass=0
fail=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: $1: expected '$2', got '$3'"; fi
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }

group=$(p create-dataset-group --name cli-shop | field '["datasetGroupArn"]')
check "create-dataset-group" "arn:aws:personalize:us-east-1:123456789012:dataset-group/cli-shop" "$group"
check "describe-dataset-group" "ACTIVE" "$(p describe-dataset-group --dataset-group-arn "$group" | field '["datasetGroup"]["status"]')"

cat >"$work/schema.json" <<'JSON'
{"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
 "fields": [{"name": "USER_ID", "type": "string"}, {"name": "ITEM_ID", "type": "string"},
            {"name": "TIMESTAMP", "type": "long"}], "version": "1.0"}
JSON
schema=$(p create-schema --name cli-schema --schema "file://$work/schema.json" | field '["schemaArn"]')
dataset=$(p create-dataset --name cli-ds --dataset-group-arn "$group" --dataset-type Interactions --schema-arn "$schema" | field '["datasetArn"]')
check "create-dataset" "arn:aws:personalize:us-east-1:123456789012:dataset/cli-shop/INTERACTIONS" "$dataset"
check "describe-dataset type" "INTERACTIONS" "$(p describe-dataset --dataset-arn "$dataset" | field '["dataset"]["datasetType"]')"
p create-dataset-import-job --job-name cli-import --dataset-arn "$dataset" \
  --data-source dataLocation=s3://bucket/interactions.csv --role-arn arn:aws:iam::123456789012:role/personalize >/dev/null
solution=$(p create-solution --name cli-sol --dataset-group-arn "$group" --recipe-arn arn:aws:personalize:::recipe/aws-user-personalization | field '["solutionArn"]')
version=$(p create-solution-version --solution-arn "$solution" | field '["solutionVersionArn"]')
check "describe-solution-version" "ACTIVE" "$(p describe-solution-version --solution-version-arn "$version" | field '["solutionVersion"]["status"]')"
check "get-solution-metrics" "8" "$(p get-solution-metrics --solution-version-arn "$version" | field '["metrics"].__len__()')"
campaign=$(p create-campaign --name cli-campaign --solution-version-arn "$version" --min-provisioned-tps 1 | field '["campaignArn"]')
check "describe-campaign" "ACTIVE" "$(p describe-campaign --campaign-arn "$campaign" | field '["campaign"]["status"]')"

# the CLI pages through List calls by itself
for i in $(seq 1 7); do p create-dataset-group --name "cli-page-$i" >/dev/null; done
check "list-dataset-groups (paged by the CLI)" "8" "$(p list-dataset-groups --page-size 3 | field '["datasetGroups"].__len__()')"
check "list-recipes" "7" "$(p list-recipes | field '["recipes"].__len__()')"

# errors come back as the AWS error code
set +e
err=$(p create-dataset-group --name cli-shop 2>&1 >/dev/null)
code=$?
set -e
# AWS CLI v2 exits 254 on a service error, v1 255
case "$code" in 254|255) pass=$((pass + 1)) ;; *) fail=$((fail + 1)); echo "FAILED: duplicate exit code $code" ;; esac
case "$err" in *ResourceAlreadyExistsException*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)); echo "FAILED: duplicate error: $err" ;; esac
set +e
err=$(p delete-dataset-group --dataset-group-arn "$group" 2>&1 >/dev/null)
set -e
case "$err" in *ResourceInUseException*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)); echo "FAILED: in-use error: $err" ;; esac

# another region sees its own resources
check "other region" "0" "$(aws --endpoint-url "$endpoint" --region eu-west-1 --output json personalize list-dataset-groups | field '["datasetGroups"].__len__()')"

p delete-campaign --campaign-arn "$campaign"
set +e
err=$(p describe-campaign --campaign-arn "$campaign" 2>&1 >/dev/null)
set -e
case "$err" in *ResourceNotFoundException*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)); echo "FAILED: deleted campaign: $err" ;; esac

# SIGTERM stops the server cleanly
kill -TERM "$pid"
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then fail=$((fail + 1)); echo "FAILED: server still running after SIGTERM"; else pass=$((pass + 1)); fi

echo "awscli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
