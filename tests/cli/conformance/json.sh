# JSON conformance in the manner of JSONTestSuite: one case per file in
# tests/data/conformance/json, each one JSON Lines record; y_ is RFC 8259
# JSON and accepted, n_ is not and refused, i_ is left to the reader by
# the RFC or by JSON Lines (oer(7), JSON).  oer-refer, the stage that adds
# least, shows each record as read and written again (without its own
# refer fields) or the exact error; every other stage refuses the same
# cases with the same message, and takes the others.
dir=$TESTS/data/conformance/json
map=$TOP/examples/sociale-kaart.csv
for f in "$dir"/*.json; do
	name=${f##*/}
	status=0
	oer-refer --input-format json --map "$map" "$f" >out 2>err || status=$?
	case $name:$status in
	y_*:0 | i_*:0)
		printf '%s: %s\n' "$name" "$(sed 's/,*"refer":{"proposed":0,"waitlist":0,"unmatched":0,"decision_needed":0,"team":0}}$/}/' out)" ;;
	n_*:65 | i_*:65)
		printf '%s: %s\n' "$name" "$(sed "s|^oer-refer: $f:1: ||" err)" ;;
	*)
		fail "$name: exit status $status" ;;
	esac >>results
	for t in oer-intake oer-monitor oer-plan oer-report; do
		st=0
		case $t in
		oer-report) "$t" --input-format json --period all --format csv "$f" ;;
		*) "$t" --input-format json "$f" ;;
		esac >/dev/null 2>terr || st=$?
		if [ "$status" = 65 ]; then
			[ "$st" = 65 ] || fail "$t $name: exit status $st, want 65"
			sed "s/^oer-refer: /$t: /" err >want.err
			expect_same want.err terr "$t $name: stderr"
		elif [ "$t" != oer-intake ]; then	# intake wants case_id, received, wijk
			[ "$st" = 0 ] || fail "$t $name: exit status $st, want 0"
		fi
	done
done
expect_file results <<'EOF2'
i_bom.json: {"v":1}
i_key_dotted_and_nested.json: a.b: appears twice (as a nested and as a dotted key)
i_key_empty.json: a field name is empty
i_key_nul_escape.json: a field name contains a NUL character (\u0000)
i_key_repeated.json: v: appears twice in the JSON object
i_nesting_64_levels.json: {"v":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
i_nesting_65_levels.json: invalid JSON at column 69: nesting too deep
i_number_huge_exponent.json: {"v":1e400}
i_number_tiny_exponent.json: {"v":-1.5e-400}
i_record_not_object.json: a JSON Lines record must be an object, not array
i_string_lone_high_surrogate.json: invalid JSON: a lone UTF-16 surrogate escape
i_string_lone_low_surrogate.json: invalid JSON: a lone UTF-16 surrogate escape
i_string_nul_escape.json: v: contains a NUL character (\u0000)
n_array_leading_comma.json: invalid JSON at column 7: a value expected, not ','
n_array_missing_comma.json: invalid JSON at column 9: ',' or ']' expected, not '2'
n_array_trailing_comma.json: invalid JSON at column 9: a comma before ']'
n_comment_block.json: invalid JSON at column 7: a comment (JSON has none)
n_comment_line_after.json: invalid JSON at column 9: a comment (JSON has none)
n_incomplete_object.json: invalid JSON: the object is not complete on this line
n_incomplete_string.json: invalid JSON: the object is not complete on this line
n_key_single_quotes.json: invalid JSON at column 2: single quotes (JSON strings and keys take double quotes)
n_key_unquoted.json: invalid JSON at column 2: a key in double quotes expected, not 'v'
n_literal_capital.json: invalid JSON at column 6: a value expected, not 'T'
n_literal_misspelt.json: invalid JSON at column 6: a value expected, not 't'
n_number_empty_exponent.json: invalid JSON at column 6: a number without digits in its exponent
n_number_hex.json: invalid JSON at column 7: ',' or '}' expected, not 'x'
n_number_infinity.json: invalid JSON at column 6: NaN and Infinity are not JSON numbers
n_number_leading_zero.json: invalid JSON at column 6: a number with a leading zero
n_number_leading_zero_in_array.json: invalid JSON at column 9: a number with a leading zero
n_number_minus_alone.json: invalid JSON at column 6: a minus sign without a number
n_number_minus_infinity.json: invalid JSON at column 6: NaN and Infinity are not JSON numbers
n_number_minus_leading_zero.json: invalid JSON at column 6: a number with a leading zero
n_number_minus_point_first.json: invalid JSON at column 6: a number without a digit before the point
n_number_nan.json: invalid JSON at column 6: NaN and Infinity are not JSON numbers
n_number_plus_sign.json: invalid JSON at column 6: a number with a plus sign
n_number_point_before_exponent.json: invalid JSON at column 6: a number without a digit after the point
n_number_point_first.json: invalid JSON at column 6: a number without a digit before the point
n_number_signed_empty_exponent.json: invalid JSON at column 6: a number without digits in its exponent
n_number_trailing_point.json: invalid JSON at column 6: a number without a digit after the point
n_object_double_comma.json: invalid JSON at column 8: a key in double quotes expected, not ','
n_object_missing_colon.json: invalid JSON at column 6: ':' after a key expected, not '1'
n_object_trailing_comma.json: invalid JSON at column 8: a comma before '}'
n_string_escape_apostrophe.json: invalid JSON at column 7: an invalid escape \' in a string
n_string_escape_u_short.json: invalid JSON at column 7: a \u escape without four hex digits
n_string_escape_x.json: invalid JSON at column 7: an invalid escape \x in a string
n_string_invalid_utf8.json: invalid JSON at column 11: invalid utf-8 string
n_string_raw_tab.json: invalid JSON at column 8: a control character (U+0009) in a string; write it as an escape
n_string_raw_unit_separator.json: invalid JSON at column 8: a control character (U+001F) in a string; write it as an escape
n_string_single_quotes.json: invalid JSON at column 6: single quotes (JSON strings and keys take double quotes)
n_trailing_garbage.json: invalid JSON at column 8: text after the object
n_two_objects.json: invalid JSON at column 8: text after the object
n_whitespace_form_feed.json: invalid JSON at column 6: a value expected, not byte 0x0C
y_array_empty.json: {"v":[]}
y_array_mixed.json: {"v":[1,"a",null,true,{"k":[-0,2.50]}]}
y_array_of_strings.json: {"v":["a","b"]}
y_key_escaped.json: {"v":1}
y_literals.json: {"t":true,"f":false,"n":null}
y_number_beyond_64_bits.json: {"v":100000000000000000000}
y_number_beyond_64_bits_in_array.json: {"v":[100000000000000000000]}
y_number_exponent.json: {"v":1E+2}
y_number_fraction.json: {"v":2.50}
y_number_int64_max.json: {"v":9223372036854775807}
y_number_int64_min.json: {"v":-9223372036854775808}
y_number_many_digits.json: {"v":123456789012345678901234567890.5}
y_number_minus_zero.json: {"v":-0}
y_number_minus_zero_fraction.json: {"v":-0.0}
y_number_negative_exponent.json: {"v":-1.5e-3}
y_number_zero.json: {"v":0}
y_object_empty.json: {}
y_object_nested.json: {"a":{"b":{"c":1}},"d":2}
y_string_empty.json: {"v":""}
y_string_escapes.json: {"v":"\"\\/\b\f\n\r\t"}
y_string_simple.json: {"v":"abc"}
y_string_surrogate_pair.json: {"v":"😀"}
y_string_unicode_escapes.json: {"v":"é€"}
y_string_utf8.json: {"v":"café – Zuidoost"}
y_whitespace.json: {"v":[1,2],"w":{}}
EOF2
