# oer-refer --items on JSON Lines: typed JSON, one object per item, valid for jq
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
FT,Fysiotherapie Zuid,first_line,physical_health,Zuid,3,5
CSV
cat >in.jsonl <<'JSON'
{"case_id":"J-1","wijk":"Zuid","age":70,"plan":{"physical_health":{"level":"first_line","echelon":1,"review":"2027-01-09"},"basic_adl":{"level":"self","echelon":0,"review":"2027-02-20"}}}
{"case_id":"J-2","wijk":"Zuid","age":null,"plan":{"physical_health":{"level":"","echelon":null,"review":null}}}
JSON
run oer-refer --map kaart.csv --items in.jsonl
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"J-1","wijk":"Zuid","domain":"physical_health","level":"first_line","echelon":1,"provider_id":"FT","name":"Fysiotherapie Zuid","status":"proposed","wait_days":5,"law":"","review":"2027-01-09"}
{"case_id":"J-1","wijk":"Zuid","domain":"basic_adl","level":"self","echelon":0,"provider_id":"","name":"","status":"informal","wait_days":null,"law":"","review":"2027-02-20"}
JSON
jq -c '[.domain, .status, .wait_days]' out >jq.out || fail "jq cannot read the items"
cat >want.jq <<'JQ'
["physical_health","proposed",5]
["basic_adl","informal",null]
JQ
expect_same want.jq jq.out "jq's reading"

# The same items as CSV for a spreadsheet.
run oer-refer --map kaart.csv --items --output-format csv in.jsonl
expect_status 0
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
J-1,Zuid,physical_health,first_line,1,FT,Fysiotherapie Zuid,proposed,5,,2027-01-09
J-1,Zuid,basic_adl,self,0,,,informal,,,2027-02-20
CSV
