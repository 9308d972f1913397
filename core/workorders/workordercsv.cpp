#include "workorders/workordercsv.h"

#include "workorders/workorderexport.h"
#include "workorders/workordertext.h"

#include <QDir>
#include <QSaveFile>

namespace cx {

using namespace Qt::StringLiterals;

QString neutralizeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool writeWorkOrdersCsv(const QString &path, const WorkOrderExport &data, QString *error)
{
    QString csv;
    QStringList fields;
    for (const ExportColumnInfo &info : exportColumns())
        fields << csvField(exportHeader(info.column));
    csv += fields.join(u',') + u"\r\n"_s;
    for (const WorkOrder &order : data.orders) {
        fields.clear();
        for (const ExportColumnInfo &info : exportColumns()) {
            const QString text = data.cell(order, info.column).text;
            const bool written = info.kind != ExportValueKind::Text; // numbers and dates of our own
            fields << csvField(written ? text : neutralizeFormula(text));
        }
        csv += fields.join(u',') + u"\r\n"_s;
    }

    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("\xEF\xBB\xBF");
        file.write(csv.toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = WorkOrderText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace cx
