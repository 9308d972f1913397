#pragma once

#include <QString>

namespace cx {

struct WorkOrderExport;

/// The font family PDFs embed: WenQuanYi Micro Hei (fonts-wqy-microhei),
/// loaded into the font database on first use. With Noto CJK, Qt 6.4's PDF
/// text copies out as Kangxi radicals; WenQuanYi's copies out right. Falls
/// back to the application font when it is not installed. Needs a
/// QGuiApplication.
QString pdfFontFamily();

/// One A4 card per work order (QPdfWriter + QPainter): number, title,
/// status and effect; the scene; symptom, severity and evidence with the
/// effect chart; root cause, experience level, Kano class and strategy;
/// owner department, owner, co-departments, due date (and how overdue);
/// metric, baseline, current value and target; the latest history. Needs a
/// QGuiApplication (the command line makes an offscreen one).
bool writeWorkOrdersPdf(const QString &path, const WorkOrderExport &data, QString *error);

} // namespace cx
