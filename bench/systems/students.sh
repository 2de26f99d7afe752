# shellcheck shell=bash disable=SC2034 # sourced by bench/run, which reads these variables
# Students API (seed 000): the full list with valid HTTP Basic credentials, over 100 students.
SYSTEM_JAR=students/api/target/students-api.jar
SYSTEM_BUILD='mvn -q -pl students/api -am package -DskipTests'
SYSTEM_PORT=${BENCH_PORT:-18400} # not 5000: a dev instance may be running there
SYSTEM_HEALTH=/actuator/health/readiness
BENCH_DATA_FILE=$(mktemp -u /tmp/bench-students-XXXXXX.json)
SYSTEM_ENV=("SERVER_PORT=$SYSTEM_PORT" "STUDENT_AGE_FILE=$BENCH_DATA_FILE")
SYSTEM_NOTES='the seed file plus 100 students written through the API before the load; credentials root/root (the local default), so every request is authenticated.'
AUTH="Authorization: Basic $(printf 'root:root' | base64)"

# Names are letters only (the API's rule): "élève" plus two letters, aa to jj.
system_setup() {
  local a b i=0
  for a in a b c d e f g h i j; do
    for b in a b c d e f g h i j; do
      i=$((i + 1))
      curl -sf -o /dev/null -X PUT -H "$AUTH" -H 'Content-Type: application/json' \
        -d "{\"age\": $((10 + i % 60))}" "http://127.0.0.1:$SYSTEM_PORT/supmit/api/v1.0/students/%C3%A9l%C3%A8ve$a$b"
    done
  done
}

system_scenarios() {
  scenario ages GET /supmit/api/v1.0/get_student_ages -H "$AUTH"
  scenario age GET /supmit/api/v1.0/get_student_ages/alice -H "$AUTH"
}
