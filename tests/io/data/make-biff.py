#!/usr/bin/env python3
"""Writes biff_1900.xls, biff_1904.xls and biff_slow_dates.xls with xlwt (Debian's
python3-xlwt), the Excel 97-2003 writer many Python exports use (run once; the
files are committed)."""
import datetime
import pathlib

import xlwt

HERE = pathlib.Path(__file__).resolve().parent


def write(name, dates_1904):
    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = dates_1904
    sheet = book.add_sheet("投诉")
    date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    date_time = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    chinese = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')
    time = xlwt.easyxf(num_format_str="hh:mm")
    for column, title in enumerate(["工单号", "受理时间", "日期", "中文日期", "时刻", "数值", "内容"]):
        sheet.write(0, column, title)
    sheet.write(1, 0, "GD1")
    sheet.write(1, 1, datetime.datetime(2024, 7, 4, 5, 57, 13), date_time)
    sheet.write(1, 2, datetime.date(2024, 7, 4), date)
    sheet.write(1, 3, datetime.date(2024, 3, 5), chinese)
    sheet.write(1, 4, datetime.time(14, 3), time)
    sheet.write(1, 5, 16)
    sheet.write(1, 6, "第一行\n第二行")
    sheet.write(2, 0, 202407040012209)
    sheet.write(2, 1, datetime.datetime(2024, 12, 31, 23, 59, 59), date_time)
    sheet.write(2, 5, 9.6)
    sheet.write(4, 0, "GD4")  # row 4 (the fourth sheet row) stays empty
    sheet.write(4, 5, -0.1)
    second = book.add_sheet("汇总")
    second.write(0, 0, "地市")
    second.write(1, 2, 3.25)
    book.save(str(HERE / name))


def write_slow_dates(name):
    """Date cells with serial 2e9: FreeXL 1.0.6 counts such a date out day by day,
    seconds of processor time per cell, inside freexl_open()."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("投诉")
    date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    sheet.write(0, 0, "受理时间")
    for row in range(1, 5):
        sheet.write(row, 0, 2e9, date)
    book.save(str(HERE / name))


if __name__ == "__main__":
    write("biff_1900.xls", False)
    write("biff_1904.xls", True)
    write_slow_dates("biff_slow_dates.xls")
