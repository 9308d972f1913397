#pragma once

#include "analytics/analysisscope.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// Small helpers the workspace-level analyses share: running a query with
// positional bindings (the conditions come from AnalysisScope::conditions()),
// month arithmetic, and numbers for JSON output.

namespace cx {

/// Prepares `sql`, binds `bindings` in order and executes it forward-only.
/// A failure (a programming error against the fixed schema) is logged with
/// qWarning and leaves the query inactive, so callers read no rows.
QSqlQuery runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

/// "YYYY-MM" moved by `months` (negative: earlier); empty for a malformed month.
QString shiftMonth(const QString &month, int months);

/// A finite number as a JSON number; NaN and ±inf as null.
QJsonValue jsonNumber(double value);
/// A count as a JSON number; no data (empty) as null.
QJsonValue jsonCount(const std::optional<qint64> &count);

/// A region as the JSON array of its path's names (RegionPath::names()), [] for the province.
QJsonArray regionToJson(const RegionPath &region);

} // namespace cx
