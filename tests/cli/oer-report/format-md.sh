# oer-report: Markdown, whole: headings per period and section, a list of
# the single figures, GitHub tables with numbers right-aligned.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route
F1,2026-11-02,Noord,info
F2,2026-11-03,Noord,halfline
CSV
run oer-report --format md in.csv
expect_status 0
expect_no_err
expect_out <<'MD'
# OER report

As of 2026-11-28

## Period 2026-W45

### Overview

_no previous period to compare with_

| Figure | Value | Change |
|---|---:|---:|
| Cases in | 2 | – |

### 1. Intake

- Cases: **2**

#### Routes

| Route | Cases |
|---|---:|
| Safety | 0 |
| Crisis | 0 |
| Outreach | 0 |
| Information and advice | 1 |
| Half line | 1 |

### 2. Monitor

_No monitor fields in the input._

### 3. Plan

_No plan fields in the input._

### 4. Referral

_No referral fields in the input._

### 5. Peer consultation agenda

_No consultation fields (plan.consult) in the input._

### 6. Prevention signals

_Signals need the wijk and the need per domain; the input lacks them._

### 7. Transformation goals

| Goal | Indicator | Value |
|---|---|---:|
| 1 Own strength and control | Plan items at own strength or network (%) | - |
| 2 Integral way of working | Scored cases with all 13 domains scored (%) | - |
| 3 Supporting rather than caring for | Volunteer and general items, of these plus professional (%) | - |
| 4 Effectiveness and efficiency | Median days from received to plan | - |
| 5 Adequate prevention | Prevention signals | - |
| 5 Adequate prevention | Questions settled on the info route (%) | 50.0 |

MD
