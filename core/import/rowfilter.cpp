#include "import/rowfilter.h"

#include "import/textnormalize.h"
#include "io/tablereader.h"

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
    consume(u"grand");
    consume(u"sub");
    if (!consume(u"total") && !consume(u"sum"))
        return false;
    consume(u"s");
    return cell.isEmpty() || !cell.front().isLetter();
}

// `cell` is trimmed. Every Chinese marker ends in 计, so that cells without
// it (nearly all) are passed over without normalising them.
bool isTotalCell(QStringView cell)
{
    if (cell.contains(u'计')) {
        static const QStringList chinese{u"合计"_s, u"总计"_s, u"小计"_s, u"共计"_s};
        const QString key = normalizeHeader(cell);
        if (!key.isEmpty() && key.size() <= maxMarkerLength)
            for (const QString &word : chinese)
                if (key.contains(word))
                    return true;
    }
    // English markers begin with g(rand), s(ub, um) or t(otal).
    const char16_t first = cell.front().unicode() | 0x20;
    return (first == u'g' || first == u's' || first == u't') && cell.size() <= 4 * maxMarkerLength
        && isEnglishTotal(cell);
}

bool isNoteCell(QStringView cell)
{
    static const QStringList prefixes{u"注"_s,   u"备注"_s,   u"说明"_s,     u"制表"_s, u"填表"_s,
                                      u"审核"_s, u"数据来源"_s, u"统计时间"_s, u"note"_s, u"source"_s};
    const QString key = normalizeHeader(cell);
    for (const QString &prefix : prefixes)
        if (key.startsWith(prefix))
            return true;
    return false;
}

template<typename CellAt>
RowKind classify(qsizetype size, const CellAt &cellAt, int columnCount)
{
    QStringView first;
    int nonEmpty = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const QStringView cell = trimmedView(cellAt(i));
        if (cell.isEmpty())
            continue;
        ++nonEmpty;
        if (nonEmpty <= 2 && isTotalCell(cell))
            return RowKind::Footer;
        if (nonEmpty == 1)
            first = cell;
    }
    if (nonEmpty == 0)
        return RowKind::Blank;
    if (nonEmpty <= 2 && columnCount >= 3 && isNoteCell(first))
        return RowKind::Footer;
    if (nonEmpty == 1 && columnCount >= 3)
        return RowKind::NearEmpty;
    return RowKind::Data;
}

} // namespace

RowKind classifyRow(const QStringList &row, int columnCount)
{
    return classify(row.size(), [&row](qsizetype i) { return QStringView(row.at(i)); }, columnCount);
}

RowKind classifyRow(const TableRow &row, int columnCount)
{
    return classify(row.size(), [&row](qsizetype i) { return row.cell(i); }, columnCount);
}

bool isTotalRow(const TableRow &row)
{
    int nonEmpty = 0;
    for (qsizetype i = 0; i < row.size() && nonEmpty < 2; ++i) {
        const QStringView cell = trimmedView(row.cell(i));
        if (cell.isEmpty())
            continue;
        ++nonEmpty;
        if (isTotalCell(cell))
            return true;
    }
    return false;
}

} // namespace cx
