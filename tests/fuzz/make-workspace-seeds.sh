#!/usr/bin/env bash
# Writes the seed corpus in corpus/workspace (run once; the seeds are
# committed): small real workspaces made by importing a few rows with
# cxwb-cli, rewritten with 512-byte pages so that the fuzzer's mutations land
# on b-tree structure rather than on empty space.
#
# Usage: tests/fuzz/make-workspace-seeds.sh path/to/cxwb-cli
set -euo pipefail

cli="${1:?usage: make-workspace-seeds.sh path/to/cxwb-cli}"
out="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/corpus/workspace"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/complaints.csv" <<'CSV'
工单流水号,受理时间,受理渠道,客户号码,归属地市,区县,网格,业务名称,投诉三级分类,投诉内容
GD01,2024-07-05 09:10:00,10086热线,139****0301,深圳,南山区,南山区-网格01,咪咕视频,网速慢,晚上看视频一直卡顿
GD02,2024-07-18 14:00:00,手机营业厅,139****0302,广州,天河区,天河区-网格02,家庭宽带,扣费异议,账单多扣宽带费
GD03,2024-08-02 10:30:00,10086热线,139****0401,深圳,福田区,福田区-网格03,咪咕视频,播放卡顿,直播画面卡住
GD04,2024-08-20 16:45:00,微信公众号,139****0402,深圳,南山区,南山区-网格01,和彩云,退订困难,退订没有反应
GD05,2024年13月1日,微信公众号,139****0403,深圳,南山区,南山区-网格01,和彩云,退订困难,坏日期
CSV
cat >"$tmp/survey.csv" <<'CSV'
提交时间,手机号码,业务名称,地市,整体满意度(1-10分),推荐可能性(0-10分),您对“使用”环节的满意度(1-10分),不满意原因
2024-07-06 10:00:00,137****0301,咪咕视频,深圳,8,9,7,画质好
2024-08-06 10:00:00,137****0401,咪咕视频,深圳,4,3,2,总是缓冲
CSV
cat >"$tmp/monthly.csv" <<'CSV'
产品名称,统计月份,用户数,新增用户数,流失用户数,咨询量,投诉量
咪咕视频,2024-07,3912260,195613,195613,23568,2823
咪咕视频,2024-08,4169625,340757,83392,25272,2093
CSV

# 01: complaints only, aggregates not folded yet (the first analysis folds them).
"$cli" import -w "$tmp/01-complaints.cxw" "$tmp/complaints.csv" >/dev/null
# 02: every kind of row, aggregates folded by an analysis.
"$cli" import -w "$tmp/02-folded.cxw" "$tmp/complaints.csv" "$tmp/monthly.csv" >/dev/null
"$cli" import -w "$tmp/02-folded.cxw" --kind survey "$tmp/survey.csv" >/dev/null
"$cli" analyze -w "$tmp/02-folded.cxw" >/dev/null
# 03: a work order citing a complaint.
cp "$tmp/02-folded.cxw" "$tmp/03-work-order.cxw"
sqlite3 "$tmp/03-work-order.cxw" "INSERT INTO work_order(number, title, stage, created_by, created_at, updated_at)
  VALUES ('WO-2024-0001', '视频卡顿', '使用', '张三', '2024-08-30T10:00:00', '2024-08-30T10:00:00');
  INSERT INTO work_order_complaint SELECT 1, id FROM complaint LIMIT 2;"

mkdir -p "$out"
for seed in "$tmp"/*.cxw; do
    sqlite3 "$seed" "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;" >/dev/null
    cp "$seed" "$out/$(basename "$seed")"
done
ls -l "$out"
