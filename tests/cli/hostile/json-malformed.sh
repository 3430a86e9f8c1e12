# JSON Lines that is not a record: truncated (the object does not end on
# its line), not an object (array, string, number, null: a bare value is
# complete at the end of its line), text after the object, an empty key:
# every tool refuses the line; one that is no object goes to the rejects
# file as text beside the error.
. "$TESTS/cli/hostile/hostile.lib"
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
# bad NAME LINE MESSAGE REJECT: LINE between the good records.
bad() {
	{ head -n 1 good.json; printf '%s\n' "$2"; tail -n 1 good.json; } >"$1"
	printf '%s\n' "$4" >want.rej
	refused "$1" good.json 3 "$3" want.rej
}
bad truncated.json '{"case_id":"W-2","received":"2026-11-03","wijk":"No' \
    'truncated.json:2: invalid JSON: the object is not complete on this line' \
    '{"error":"truncated.json:2: invalid JSON: the object is not complete on this line","raw":"{\"case_id\":\"W-2\",\"received\":\"2026-11-03\",\"wijk\":\"No"}'
bad array.json '["W-2","2026-11-03","Noord"]' \
    'array.json:2: a JSON Lines record must be an object, not array' \
    '{"error":"array.json:2: a JSON Lines record must be an object, not array","raw":"[\"W-2\",\"2026-11-03\",\"Noord\"]"}'
bad string.json '"W-2"' \
    'string.json:2: a JSON Lines record must be an object, not string' \
    '{"error":"string.json:2: a JSON Lines record must be an object, not string","raw":"\"W-2\""}'
bad number.json '42' \
    'number.json:2: a JSON Lines record must be an object, not int' \
    '{"error":"number.json:2: a JSON Lines record must be an object, not int","raw":"42"}'
bad null.json 'null' \
    'null.json:2: a JSON Lines record must be an object, not null' \
    '{"error":"null.json:2: a JSON Lines record must be an object, not null","raw":"null"}'
bad after.json '{"case_id":"W-2"} {"x":1}' \
    'after.json:2: invalid JSON at column 19: text after the object' \
    '{"error":"after.json:2: invalid JSON at column 19: text after the object","raw":"{\"case_id\":\"W-2\"} {\"x\":1}"}'
bad emptykey.json '{"case_id":"W-2","":1}' \
    'emptykey.json:2: case W-2: a field name is empty' \
    '{"case_id":"W-2","":1,"error":"emptykey.json:2: case W-2: a field name is empty"}'
