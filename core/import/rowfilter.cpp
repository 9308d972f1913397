#include "import/rowfilter.h"

#include "import/textnormalize.h"

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Longer cells are record text that may well mention a total ("合计扣费…").
constexpr qsizetype maxMarkerLength = 12;

// "Total", "Totals:", "Subtotal 12", "Grand total", "Sum" — but not "Totalplay".
bool isEnglishTotal(QStringView cell)
{
    auto consume = [&cell](QStringView word) {
        if (!cell.startsWith(word, Qt::CaseInsensitive))
            return false;
        cell = trimmedView(cell.sliced(word.size()));
        return true;
    };
    cell = trimmedView(cell);
    consume(u"grand");
    consume(u"sub");
    if (!consume(u"total") && !consume(u"sum"))
        return false;
    consume(u"s");
    return cell.isEmpty() || !cell.front().isLetter();
}

bool isTotalCell(const QString &cell, const QString &key)
{
    static const QStringList chinese{u"合计"_s, u"总计"_s, u"小计"_s, u"共计"_s};
    if (key.isEmpty() || key.size() > maxMarkerLength)
        return false;
    for (const QString &word : chinese)
        if (key.contains(word))
            return true;
    return isEnglishTotal(cell);
}

bool isNoteCell(const QString &key)
{
    static const QStringList prefixes{u"注"_s,   u"备注"_s,   u"说明"_s,     u"制表"_s, u"填表"_s,
                                      u"审核"_s, u"数据来源"_s, u"统计时间"_s, u"note"_s, u"source"_s};
    for (const QString &prefix : prefixes)
        if (key.startsWith(prefix))
            return true;
    return false;
}

} // namespace

RowKind classifyRow(const QStringList &row, int columnCount)
{
    QString firstKey;
    int nonEmpty = 0;
    for (const QString &cell : row) {
        if (trimmedView(cell).isEmpty())
            continue;
        ++nonEmpty;
        if (nonEmpty <= 2) {
            const QString key = normalizeHeader(cell);
            if (isTotalCell(cell, key))
                return RowKind::Footer;
            if (nonEmpty == 1)
                firstKey = key;
        }
    }
    if (nonEmpty == 0)
        return RowKind::Blank;
    if (nonEmpty <= 2 && isNoteCell(firstKey) && columnCount >= 3)
        return RowKind::Footer;
    if (nonEmpty == 1 && columnCount >= 3)
        return RowKind::NearEmpty;
    return RowKind::Data;
}

} // namespace cx
