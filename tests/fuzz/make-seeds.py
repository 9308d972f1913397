#!/usr/bin/env python3
"""Writes the seed corpus in corpus/csv, corpus/xlsx, corpus/html, corpus/biff and
corpus/biffstream (run once; the seeds are committed).

CSV and HTML seeds start with one config byte (see fuzz_csvreader.cpp,
fuzz_htmltablereader.cpp). XLSX seeds keep their parts stored (uncompressed) so
that mutations reach the XML directly. HTML and BIFF seeds are the readers' test
fixtures and the files of shared/fixtures (cut to the fuzzers' input length).
BIFF stream seeds are what the .xls reader process (cxwb-xlsread, found in
$CXWB_XLSREAD; skipped when unset) sends for the BIFF seeds when asked for
sheet 0 batch by batch, as fuzz_biffstream reads them.
"""
import os
import pathlib
import shutil
import struct
import subprocess
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

CSV_SEEDS = {
    "01-crlf.csv": b"\x00" + b"a,b,c\r\n1,2,3\r\n",
    "02-quoted.csv": b"\x00" + b'h1,h2\n1,"line1\nline2 ""q"""\n\n2,x\n',
    "03-gbk.csv": b"\x04" + "工单号,投诉内容\r\nGD1,\"网速慢，\r\n要求处理\"\r\n".encode("gb18030"),
    "04-utf16.csv": b"\x00" + b"\xff\xfe" + "a\tb\r\n1\t\"2\r\n3\"\r\n".encode("utf-16-le"),
    "05-semicolon-blank.csv": b"\x10" + b"a;b\n\n;\n1;2",
    "06-bom-title.csv": b"\x00" + b"\xef\xbb\xbf" + "标题\n工单号,地市\nA1,深圳\n合计,1\n".encode(),
    "07-unclosed.csv": b"\x20" + b'a,b\n1,"open\n2,3\n',
    "08-stray-quote.csv": b"\x00" + 'a,b\n"618"大促,x\n1,"open\n2,"y"\n'.encode(),
    "09-nul.csv": b"\x00" + b"a,b\n1,x\x00y\n\x00\x00\n",
}

HTML_SEEDS = {
    "01-spans.html": b"\x08" + "<table><tr><td colspan=3>标题</td></tr><tr><td rowspan=2>a<br>b</td><td>&nbsp;</td>"
                                "<td sdval=\"45477.5\" sdnum=\"1033;0;YYYY-MM-DD\">x</td></tr><tr><td>c<td>d</table>".encode(),
    "02-nested.html": b"\x00" + b"<html><head><meta charset=utf-8><style>td{}</style></head><body><h1>S</h1><table>"
                                 b"<caption>C</caption><tr><td>o<table><tr><td>i</td></tr></table></td></tr></table>"
                                 b"<table><thead><tr><th>h</th></tr></thead></table></body></html>",
    "03-utf16.html": b"\x00" + b"\xff\xfe" + "<table><tr><td>工单</td></tr></table>".encode("utf-16-le"),
}

FIXTURES = HERE.parent / "io/data"
SHARED_FIXTURES = HERE.parents[2] / "../shared/fixtures"
HTML_FILES = [FIXTURES / "webexport_gbk.xls", SHARED_FIXTURES / "complaints_300_webexport_gbk.xls"]
HTML_MAX_LEN = 32768  # run-fuzzers.sh: each pass parses the whole page, so pages stay small
BIFF_FILES = [FIXTURES / "biff_1900.xls", FIXTURES / "biff_1904.xls",
              SHARED_FIXTURES / "complaints_300_libreoffice_biff8.xls"]

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="164"/></cellXfs></styleSheet>"""

SHARED = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{MAIN_NS}" count="2" uniqueCount="2"><si><t>共享_x000D_</t></si><si><r><t>甲</t></r><r><t>乙</t></r><rPh sb="0" eb="1"><t>こう</t></rPh></si></sst>"""

CELLS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>内联</t></is></c></row>'
         '<row r="3"><c r="A3" s="1"><v>45356.585671296296</v></c><c r="B3" s="2"><v>1.5</v></c><c r="C3" s="3"><v>60</v></c></row>'
         '<row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>1</f><v>x</v></c><c t="d"><v>2024-03-05T14:03:22</v></c><c><v>0.1</v></c></row>')


def workbook(sheets, date1904=False, shared=True, styles=True):
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    if styles:
        rels += f'<Relationship Id="rS" Type="{REL_NS}/styles" Target="styles.xml"/>'
    if shared:
        rels += f'<Relationship Id="rT" Type="{REL_NS}/sharedStrings" Target="/xl/sharedStrings.xml"/>'
    workbook_pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{PKG_NS}"><Relationship Id="r1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{workbook_pr}<sheets>{sheet_list}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_NS}">{rels}</Relationships>',
    }
    if styles:
        parts["xl/styles.xml"] = STYLES
    if shared:
        parts["xl/sharedStrings.xml"] = SHARED
    for i, (_, data) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = f'<worksheet xmlns="{MAIN_NS}"><sheetData>{data}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>'
    return parts


XLSX_SEEDS = {
    "01-cells.xlsx": (workbook([("数据", CELLS)]), zipfile.ZIP_STORED),
    "02-1904.xlsx": (workbook([("Mac", '<row r="1"><c r="A1" s="1"><v>43894.5</v></c></row>')], date1904=True), zipfile.ZIP_STORED),
    "03-inline-two-sheets.xlsx": (workbook([("一", '<row><c t="inlineStr"><is><t>标题</t></is></c></row>'),
                                            ("二", '<row r="2"><c r="B2"><v>7</v></c></row>')], shared=False, styles=False),
                                  zipfile.ZIP_STORED),
    "04-deflated.xlsx": (workbook([("数据", CELLS)]), zipfile.ZIP_DEFLATED),
}


def read_frame(stream):
    length = struct.unpack("<I", stream.read(4))[0]
    return struct.pack("<I", length) + stream.read(length)


def biff_stream(helper, path, batch_rows=4096):
    """The frames cxwb-xlsread sends for path: the workbook, then sheet 0 in batches."""
    process = subprocess.Popen([helper, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    frames = [read_frame(process.stdout)]
    first = 0
    while frames[0][4:5] == b"W":
        process.stdin.write(struct.pack("<IBHII", 11, ord("r"), 0, first, batch_rows))
        process.stdin.flush()
        frames.append(read_frame(process.stdout))
        if frames[-1][4:5] != b"R":
            break
        sheet_rows, first = struct.unpack("<II", frames[-1][7:15])
        if first >= sheet_rows:
            break
    process.stdin.close()
    process.wait()
    return b"".join(frames)


def main():
    for folder in ("csv", "xlsx", "html", "biff", "biffstream"):
        (HERE / "corpus" / folder).mkdir(parents=True, exist_ok=True)
    for name, data in HTML_SEEDS.items():
        (HERE / "corpus/html" / name).write_bytes(data)
    for i, path in enumerate(HTML_FILES):
        (HERE / "corpus/html" / f"{i + 4:02}-{path.name}").write_bytes(b"\x00" + path.read_bytes()[:HTML_MAX_LEN - 1])
    for i, path in enumerate(BIFF_FILES):
        (HERE / "corpus/biff" / f"{i + 1:02}-{path.name}").write_bytes(path.read_bytes())
        if os.environ.get("CXWB_XLSREAD"):
            (HERE / "corpus/biffstream" / f"{i + 1:02}-{path.stem}.stream").write_bytes(
                biff_stream(os.environ["CXWB_XLSREAD"], path))
    for name, data in CSV_SEEDS.items():
        (HERE / "corpus/csv" / name).write_bytes(data)
    for name, (parts, method) in XLSX_SEEDS.items():
        with zipfile.ZipFile(HERE / "corpus/xlsx" / name, "w", method) as archive:
            for part, text in parts.items():
                info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
                info.compress_type = method
                archive.writestr(info, text.encode())
    # ZIP64 records in the central directory (Info-ZIP zip -fz), stored: see tests/io/data.
    shutil.copyfile(HERE.parent / "io/data/zip64_stored.xlsx", HERE / "corpus/xlsx/05-zip64-stored.xlsx")


if __name__ == "__main__":
    main()
