# oer-report: referral statuses by domain with totals, and the white spots
# of the social map: unmatched items by wijk and domain.
cat >in.csv <<'CSV'
case_id,received,wijk,refer.finances.status,refer.housing.status,refer.justice.status
R1,2026-11-02,Noord,informal,proposed,unmatched
R2,2026-11-02,Noord,proposed,unmatched,unmatched
R3,2026-11-03,Zuid,waitlist,unmatched,
R4,2026-11-03,Zuid,,proposed,proposed
R5,2026-11-04,Oost,unmatched,,
CSV
# finances: informal R1, proposed R2, waitlist R3, unmatched R5
# housing:  proposed R1 R4, unmatched R2 R3
# justice:  unmatched R1 R2, proposed R4
# total:    informal 1, proposed 4, waitlist 1, unmatched 5
# White spots, by wijk then domain order: Noord housing 1 (R2), Noord
# justice 2 (R1 R2), Oost finances 1 (R5), Zuid housing 1 (R3).
run oer-report --period all --format text in.csv
expect_status 0
expect_no_err
sed -n '/^4\. Referral/,/^5\. /p' out >got.txt
cat >want.txt <<'TXT'
4. Referral
  Referral by domain
                              No                    Awaiting  Waiting
    Domain              provider  Proposed  Agreed  decision     list  Unmatched
    Finances                   1         1       0         0        1          1
    Work and education         0         0       0         0        0          0
    Time use                   0         0       0         0        0          0
    Housing                    0         2       0         0        0          2
    Domestic relations         0         0       0         0        0          0
    Mental health              0         0       0         0        0          0
    Physical health            0         0       0         0        0          0
    Substance use              0         0       0         0        0          0
    Basic ADL                  0         0       0         0        0          0
    Instrumental ADL           0         0       0         0        0          0
    Social network             0         0       0         0        0          0
    Community                  0         0       0         0        0          0
    participation
    Justice                    0         1       0         0        0          2
    Total                      1         4       0         0        1          5

  Referred items by law
    Law                         Plan items
    Wmo 2015                             0
    Youth Act (Jeugdwet)                 0
    Health Insurance Act (Zvw)           0
    Long-term Care Act (Wlz)             0
    No law (free)                        0
    Not given in the map                 5

  Items with the team's own help  0

  White spots: unmatched by wijk
    Wijk   Domain    Unmatched
    Noord  Housing           1
    Noord  Justice           2
    Oost   Finances          1
    Zuid   Housing           1

5. Peer consultation agenda
TXT
expect_same want.txt got.txt 'referral section'

run oer-report --period all --format csv in.csv
grep ',white_spots\.' out >got.csv
cat >want.csv <<'CSV'
all,all,referral,white_spots.housing,Noord,1
all,all,referral,white_spots.justice,Noord,2
all,all,referral,white_spots.finances,Oost,1
all,all,referral,white_spots.housing,Zuid,1
CSV
expect_same want.csv got.csv 'white spot rows'
