# A key twice in one JSON object (json-c would keep only the last), also
# nested, and a dotted key beside the same nested one: every tool refuses
# the record, naming the field.
. "$TESTS/cli/hostile/hostile.lib"
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
# bad NAME LINE MESSAGE: LINE between the good records, refused with MESSAGE.
bad() {
	{ head -n 1 good.json; printf '%s\n' "$2"; tail -n 1 good.json; } >"$1"
	printf '%s,"error":"%s"}\n' "${2%\}}" "$3" >want.rej
	refused "$1" good.json 3 "$3" want.rej
}
bad twice.json '{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","wijk":"Zuid"}' \
    'twice.json:2: case W-2: wijk: appears twice in the JSON object'
bad nested.json '{"case_id":"W-2","finances":{"self":2,"self":3}}' \
    'nested.json:2: case W-2: finances.self: appears twice in the JSON object'
bad dotted.json '{"case_id":"W-2","finances.self":2,"finances":{"self":3}}' \
    'dotted.json:2: case W-2: finances.self: appears twice (as a nested and as a dotted key)'
