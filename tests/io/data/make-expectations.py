#!/usr/bin/env python3
"""Writes the reference readings the CSV reader tests compare with (run once; the results are committed).

stray_quote.python.json: Python's csv module (as Excel reads such fields), spaces around
fields stripped as CsvReader does. unclosed_quote.libreoffice.json: LibreOffice Calc 7.4's
CSV import (soffice --headless --infilter="CSV:44,34,76,1" --convert-to html), whose rule
for quotation marks that are never closed properly the reader follows.
"""
import csv
import html
import json
import pathlib
import re
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def python_rows(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return [[cell.strip(" \t") for cell in row] for row in csv.reader(f)]


def libreoffice_rows(name):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "html",
                        "--outdir", out, str(HERE / name)], check=True, capture_output=True)
        text = (pathlib.Path(out) / (pathlib.Path(name).stem + ".html")).read_text(encoding="utf-8")
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", text, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
        rows.append([html.unescape(re.sub(r"<[^>]+>", "", cell.replace("<br>", "\n"))).strip() for cell in cells])
    return rows


def write_rows(name, rows):
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    (HERE / name).write_text("[\n" + lines + "\n]\n", encoding="utf-8")


def main():
    write_rows("stray_quote.python.json", python_rows("stray_quote.csv"))
    write_rows("unclosed_quote.libreoffice.json", libreoffice_rows("unclosed_quote.csv"))


if __name__ == "__main__":
    main()
