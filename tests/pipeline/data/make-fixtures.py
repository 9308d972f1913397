#!/usr/bin/python3
# Writes the import fixtures of tests/pipeline/data: workbooks written by
# openpyxl (as Python scripts and web systems write them) and CSV files in the
# shapes Excel and export scripts leave. Run with Debian's python3 (it has
# openpyxl): /usr/bin/python3 tests/pipeline/data/make-fixtures.py
# The files are committed; the tests never run this script.
import datetime
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["工单流水号", "受理时间", "归档时间", "受理渠道", "客户号码", "客户星级", "归属地市", "区县", "网格",
          "业务名称", "投诉一级分类", "投诉二级分类", "投诉三级分类", "投诉内容", "处理部门", "处理结果",
          "处理时长(小时)", "是否重复投诉", "是否升级投诉", "回访满意度"]


def complaint(order_no, accepted, result="已解决", content="看视频一直转圈", city="深圳", archived=None):
    return [order_no, accepted, archived, "10086热线", "138****1234", "五星", city, "南山区", "南山区-网格01",
            "咪咕视频", "内容质量", "播放体验", "播放卡顿", content, "产品部", result, 12.5, "否", "否", "满意"]


def when(month, day, hour=10):
    return datetime.datetime(2024, month, day, hour, 0, 0)


def write_csv(name, lines, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def csv_row(cells):
    def text(cell):
        if cell is None:
            return ""
        if isinstance(cell, datetime.datetime):
            return cell.strftime("%Y/%m/%d %H:%M:%S").replace("/0", "/")
        return str(cell)
    return ",".join(text(c) for c in cells)


def complaints_by_month():
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes["A1"] = "本文件为2024年一季度投诉工单导出，每月一个工作表。"
    january = book.create_sheet("1月")
    january.append(["2024年1月投诉工单明细"])
    january.merge_cells("A1:T1")
    january.append(HEADER)
    for i in range(1, 5):
        january.append(complaint("GDM%04d" % i, when(1, i), result="处理中" if i == 2 else "已解决"))
    february = book.create_sheet("2月")
    february.append(HEADER)
    # GDM0002 moved on since January's export: closed, archived.
    february.append(complaint("GDM0002", when(1, 2), result="已解决", archived=when(2, 3)))
    february.append(complaint("GDM0005", when(2, 5)))
    february.append(complaint("GDM0006", when(2, 6)))
    march = book.create_sheet("3月")
    march.append(HEADER)
    for i in range(7, 10):
        march.append(complaint("GDM%04d" % i, when(3, i)))
    march.append(["合计", 8216, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
                  37.5])
    book.create_sheet("空白")
    hidden = book.create_sheet("旧数据")
    hidden.append(HEADER)
    hidden.append(complaint("GDM0100", when(12, 1)))
    hidden.sheet_state = "hidden"
    monthly = book.create_sheet("产品月报")
    monthly.append(["产品名称", "统计月份", "用户数", "新增用户数", "流失用户数", "咨询量", "投诉量"])
    monthly.append(["咪咕视频", "2024-01", 1000, 10, 5, 100, 4])
    book.save(os.path.join(HERE, "complaints_by_month.xlsx"))


def excel_number_keys():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工单"
    sheet.append(HEADER)
    sheet.append(complaint(202403151234567891, when(3, 15)))  # 18 digits: a double cannot hold them
    sheet.append(complaint(2.02403e14, when(3, 16)))           # what General format left of a longer number
    sheet.append(complaint(202407040012209, when(7, 4)))       # 15 digits: Excel keeps them exactly
    sheet.append(complaint(20240315123.0, when(3, 17)))        # a float with its digits
    sheet.append(complaint("GD202403180000001", when(3, 18)))
    book.save(os.path.join(HERE, "excel_number_keys.xlsx"))

    survey = openpyxl.Workbook()
    answers = survey.active
    answers.title = "问卷数据"
    answers.append(["答卷编号", "提交答卷时间", "手机号码", "地市", "产品", "1、您对本产品的整体满意度打几分？(1-10分)"])
    answers.append([202403151234567891, when(3, 15), "13912341001", "深圳", "咪咕视频", 8])
    answers.append([1002, when(3, 15, 11), "13912341002", "深圳", "咪咕视频", 9])
    answers.append([1003, when(3, 15, 12), 1.39123e10, "深圳", "咪咕视频", 7])
    survey.save(os.path.join(HERE, "survey_excel_numbers.xlsx"))


def text_files():
    header = ",".join(HEADER)
    rows = [complaint("GDF%04d" % i, when(5, i)) for i in range(1, 4)]
    write_csv("footer_with_numbers.csv", [header] + [csv_row(r) for r in rows] + [
        "合计,8216,,,,,,,,,,,,,,,37.5,,,",
        "总计：3条,,,,,,,,,,,,,,,,,,,",
    ])

    # As Excel saves a CSV of a column it turned into numbers, and the keep-as-text trick.
    keys = ["2.02403E+14", "2.02403E14", "202403000000000", "202403151234567000", '="FX00001"', "20240315123.0",
            "GDX0007"]
    lines = [header]
    for i, key in enumerate(keys):
        row = complaint("", when(4, i + 1))
        lines.append(key + csv_row(row))
    write_csv("excel_number_keys.csv", lines)

    # One number for several different complaints (a system numbering orders per day), and an exact repeat.
    write_csv("same_number_different_complaints.csv", [header] + [csv_row(r) for r in [
        complaint("GD9001", when(6, 1), content="看视频一直转圈"),
        complaint("GD9002", when(6, 1, 11)),
        complaint("GD9001", when(6, 2), content="宽带晚上断线", city="广州"),
        complaint("GD9002", when(6, 1, 11)),
        complaint("GD9001", when(6, 3), content="扣费不明", city="珠海"),
    ]])

    write_csv("header_only.csv", [header])
    write_csv("no_header.csv", [csv_row(r) for r in rows])

    repeated = HEADER[:9] + ["归属地市"] + HEADER[9:]
    lines = [",".join(repeated)]
    for r in rows:
        lines.append(csv_row(r[:9] + ["广州"] + r[9:]))
    write_csv("repeated_header.csv", lines)

    times = ["2024-03-05T14:03:22Z", "2024-03-05T14:03:22+08:00", "2024-03-05T20:00:00-05:00", "2024-03-05 14:03:22"]
    write_csv("utc_times.csv", [header] + [csv_row(complaint("GDT%04d" % i, t)) for i, t in enumerate(times, 1)])

    # Two monthly exports of the same work orders: the later one has them closed.
    first = [complaint("GDS%04d" % i, when(7, i), result="处理中") for i in range(1, 5)]
    second = [complaint("GDS%04d" % i, when(7, i), result="已解决", archived=when(8, i)) for i in range(1, 3)]
    second += [complaint("GDS%04d" % i, when(7, i), result="处理中") for i in range(3, 5)]
    second += [complaint("GDS0005", when(8, 1))]
    write_csv("export_2024_07.csv", [header] + [csv_row(r) for r in first], encoding="gb18030")
    write_csv("export_2024_08.csv", [header] + [csv_row(r) for r in second], encoding="gb18030")


def reader_issues():
    # GB18030 as Excel on Chinese Windows writes it, with a byte no encoding
    # knows in a content cell and a quotation mark never closed on the last row.
    header = ",".join(HEADER).encode("gb18030")
    rows = [csv_row(complaint("GDR%04d" % i, when(9, i), content="看视频一直转圈XX")).encode("gb18030")
            for i in range(1, 6)]
    rows[1] = rows[1].replace(b"XX", b"\x81")
    rows = [row.replace(b"XX", b"") for row in rows]
    unclosed = csv_row(complaint("GDR0006", when(9, 6), content='"没有结束的引号')).encode("gb18030")
    with open(os.path.join(HERE, "reader_issues.csv"), "wb") as f:
        f.write(b"\r\n".join([header] + rows + [unclosed]) + b"\r\n")


complaints_by_month()
excel_number_keys()
text_files()
reader_issues()
