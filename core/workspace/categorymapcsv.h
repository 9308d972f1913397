#pragma once

#include "workspace/categorymapchange.h"

#include <QByteArray>

namespace cx {

/// The column names of a category map file, in file order.
const QStringList &categoryMapCsvColumns();

/// A category map as a CSV file Excel opens: UTF-8 with a BOM, CRLF lines,
/// the header category,stage,element_code,experience_level, fields quoted
/// where they must be; rows in the order of their stage, then by category.
QByteArray categoryMapToCsv(const QList<CategoryMapping> &mappings, const QStringList &stages);

/// A row of a category map file that was refused.
struct CategoryCsvProblem
{
    qint64 line = 0;
    QString reason; ///< translated
};

/// What reading a category map file found.
struct CategoryCsvContent
{
    QString error; ///< the file cannot be used at all (translated, names the file); then nothing else is set
    QList<CategoryMapping> rows;          ///< the rows accepted, in file order
    QList<CategoryCsvProblem> problems;   ///< the rows refused, by line
    qint64 rowsRead = 0;                  ///< data rows read: rows + problems (blank lines are skipped)
};

/// Reads a category map file (any encoding and delimiter the CSV reader
/// detects, so a file saved again by Excel reads too). The header names the
/// columns (category and stage required, element_code and experience_level
/// optional, any order); every row is checked: an empty category, a stage
/// that is not one of `stages`, a category already on an earlier line, an
/// experience level other than 功能性, 便利性, 情感性 or none are refused with
/// their line.
CategoryCsvContent readCategoryMapCsv(const QString &path, const QStringList &stages);

/// The change that turns the map `current` into `wanted` (the whole map):
/// rows added, changed and removed, by category.
JourneyChange categoryMapReplacement(const QList<CategoryMapping> &current, const QList<CategoryMapping> &wanted);

} // namespace cx
