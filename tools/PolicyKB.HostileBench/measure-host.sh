#!/usr/bin/env bash
# Upload each hostile file to a running web host and report time, result and the host's resident memory.
repo=$(cd "$(dirname "$0")/../.." && pwd)
dotnet run --project "$repo/tools/PolicyKB.HostileBench" -c Release -- --write /tmp/bombs >/dev/null
cd /tmp; rm -rf /tmp/hostdata; mkdir -p /tmp/hostdata
PolicyKB__DataDirectory=/tmp/hostdata PolicyKB__Api__ApiKey=measure-key-1234 dotnet "$repo/src/PolicyKB.Web/bin/Release/net10.0/PolicyKB.Web.dll" --urls http://127.0.0.1:5099 > /tmp/host.log 2>&1 &
pid=$!
for i in $(seq 1 90); do s=$(curl -s http://127.0.0.1:5099/api/health | python3 -c "import sys,json; print(json.load(sys.stdin)['ingestion']['state'])" 2>/dev/null); [ "$s" = done ] && break; sleep 1; done
rss(){ awk '/VmRSS|VmHWM/{printf "%s %d MB  ", $1, $2/1024}' /proc/$pid/status; }
echo "content ingested ($s): $(rss)"
for f in /tmp/bombs/*; do
  start=$(date +%s.%N)
  r=$(curl -s -H "X-Api-Key: measure-key-1234" -F "files=@$f" http://127.0.0.1:5099/api/ingest | python3 -c "
import sys,json
d=json.load(sys.stdin)
f=d['files'][0] if 'files' in d else {}
print(f.get('status', d.get('status')), (f.get('error') or d.get('detail') or '')[:60])" 2>&1 | tail -1)
  end=$(date +%s.%N)
  printf "%-28s %6.2fs %-75s | %s\n" $(basename $f) $(echo "$end - $start" | bc) "$r" "$(rss)"
done
sleep 10; echo "after 10 s idle: $(rss)"
curl -s -o /dev/null -w "health %{http_code}\n" http://127.0.0.1:5099/api/health
kill $pid
