#include "workspace/categorymapcsv.h"

#include "import/textnormalize.h"
#include "io/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::CategoryMapCsv)
};

QString quoted(const QString &text)
{
    return u"“%1”"_s.arg(text);
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

const QStringList &categoryMapCsvColumns()
{
    static const QStringList columns{u"category"_s, u"stage"_s, u"element_code"_s, u"experience_level"_s};
    return columns;
}

QByteArray categoryMapToCsv(const QList<CategoryMapping> &mappings, const QStringList &stages)
{
    QList<CategoryMapping> rows = mappings;
    std::stable_sort(rows.begin(), rows.end(), [&](const CategoryMapping &a, const CategoryMapping &b) {
        const qsizetype sa = stages.indexOf(a.stage), sb = stages.indexOf(b.stage);
        return sa != sb ? sa < sb : a.category < b.category;
    });
    QByteArray csv("\xEF\xBB\xBF");
    csv += categoryMapCsvColumns().join(u',').toUtf8() + "\r\n";
    for (const CategoryMapping &row : rows)
        csv += csvField(row.category) + ',' + csvField(row.stage) + ',' + csvField(row.elementCode) + ','
               + csvField(row.experienceLevel) + "\r\n";
    return csv;
}

CategoryCsvContent readCategoryMapCsv(const QString &path, const QStringList &stages)
{
    CategoryCsvContent content;
    const QString file = QDir::toNativeSeparators(path);
    CsvReader reader(path);
    if (!reader.open()) {
        content.error = reader.errorString();
        return content;
    }
    TableRow row;
    if (!reader.readRow(row)) {
        content.error = reader.hasError() ? reader.errorString()
                                          : Messages::tr("%1 is empty: it needs the header %2.")
                                                .arg(file, categoryMapCsvColumns().join(u','));
        return content;
    }
    // Columns by header name: 0 category, 1 stage, 2 element_code, 3 experience_level.
    std::array<qsizetype, 4> columns{-1, -1, -1, -1};
    for (qsizetype i = 0; i < row.size(); ++i) {
        const qsizetype which = categoryMapCsvColumns().indexOf(normalizeValue(row.cell(i)));
        if (which >= 0 && columns[size_t(which)] < 0)
            columns[size_t(which)] = i;
    }
    if (columns[0] < 0 || columns[1] < 0) {
        content.error = Messages::tr("%1, line %2: the header must name the columns %3 (category and stage at least).")
                            .arg(file)
                            .arg(row.line())
                            .arg(categoryMapCsvColumns().join(u','));
        return content;
    }

    QHash<QString, qint64> seen; // normalized category -> its line
    while (reader.readRow(row)) {
        ++content.rowsRead;
        const auto cell = [&](int which) {
            return columns[size_t(which)] < 0 ? QString() : trimmedView(row.cell(columns[size_t(which)])).toString();
        };
        const CategoryMapping mapping{cell(0), cell(1), cell(2), cell(3)};
        const QString key = normalizeValue(mapping.category);
        QString reason;
        if (key.isEmpty())
            reason = Messages::tr("the category is empty");
        else if (seen.contains(key))
            reason = Messages::tr("the category %1 is already on line %2").arg(quoted(mapping.category)).arg(seen.value(key));
        else if (!stages.contains(mapping.stage))
            reason = Messages::tr("%1 is not a journey stage of the workspace (%2)")
                         .arg(quoted(mapping.stage), stages.join(u", "_s));
        else if (!mapping.experienceLevel.isEmpty() && !experienceLevels().contains(mapping.experienceLevel))
            reason = Messages::tr("the experience level %1 is not one of %2")
                         .arg(quoted(mapping.experienceLevel), experienceLevels().join(u", "_s));
        if (!key.isEmpty() && !seen.contains(key))
            seen.insert(key, row.line());
        if (reason.isEmpty())
            content.rows.append(mapping);
        else
            content.problems.append({row.line(), reason});
    }
    if (reader.hasError()) {
        content = CategoryCsvContent{};
        content.error = reader.errorString();
    }
    return content;
}

JourneyChange categoryMapReplacement(const QList<CategoryMapping> &current, const QList<CategoryMapping> &wanted)
{
    JourneyChange change;
    QHash<QString, CategoryMapping> now; // normalized category -> row
    for (const CategoryMapping &row : current)
        now.insert(normalizeValue(row.category), row);
    QHash<QString, bool> kept;
    for (const CategoryMapping &row : wanted) {
        const QString key = normalizeValue(row.category);
        kept.insert(key, true);
        const auto it = now.constFind(key);
        if (it == now.constEnd()) {
            change.categories.append({row.category, std::nullopt, row});
        } else if (!(*it == row)) {
            // The same category spelled differently replaces the row under its old spelling.
            if (it->category != row.category)
                change.categories.append({it->category, *it, std::nullopt});
            change.categories.append(
                {row.category, it->category == row.category ? std::optional(*it) : std::nullopt, row});
        }
    }
    for (const CategoryMapping &row : current) {
        if (!kept.contains(normalizeValue(row.category)))
            change.categories.append({row.category, row, std::nullopt});
    }
    return change;
}

} // namespace cx
