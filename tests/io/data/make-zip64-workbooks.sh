#!/usr/bin/env bash
# Writes the ZIP64 workbooks tst_xlsxreader reads: one small workbook made by
# openpyxl, repacked by Info-ZIP's zip with forced ZIP64 records (sizes
# 0xFFFFFFFF in the central directory, the real ones in the extra field),
# deflated and stored, and by Python's zipfile with force_zip64 (ZIP64 in the
# local headers only). Needs /usr/bin/python3 with openpyxl, and zip.
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
/usr/bin/python3 - <<'PY'
import datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "工单"
ws.append(["工单号", "受理时间", "处理时长", "是否升级", "投诉内容"])
ws.append(["GD001", datetime.datetime(2024, 3, 5, 14, 3, 22), 16.5, True, "网速慢，卡顿"])
ws.append(["GD002", datetime.datetime(2024, 12, 31, 23, 59, 59), 42, False, "资费不明"])
ws.append(["GD003", datetime.date(2024, 8, 1), 3.25, None, "视频彩铃退订困难"])
wb.save("source.xlsx")
PY
mkdir parts
(cd parts && unzip -q ../source.xlsx && find . -type f -exec touch -d "2024-01-01 00:00:00" {} +)
entries=('[Content_Types].xml' _rels/.rels docProps/app.xml docProps/core.xml xl/workbook.xml
         xl/_rels/workbook.xml.rels xl/styles.xml xl/theme/theme1.xml xl/worksheets/sheet1.xml)
rm -f "$out"/zip64_deflated.xlsx "$out"/zip64_stored.xlsx "$out"/zip64_local.xlsx
(cd parts && zip -q -X -D -fz "$out/zip64_deflated.xlsx" "${entries[@]}")
(cd parts && zip -q -X -D -fz -0 "$out/zip64_stored.xlsx" "${entries[@]}")
/usr/bin/python3 - "$out/zip64_local.xlsx" <<'PY'
import sys, zipfile
source = zipfile.ZipFile("source.xlsx")
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as out:
    for info in source.infolist():
        entry = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        with out.open(entry, "w", force_zip64=True) as f:
            f.write(source.read(info.filename))
PY
