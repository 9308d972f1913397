#pragma once

#include "workspace/filter.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// Small helpers the workspace-level analyses share: the AnalysisFilter as SQL
// conditions over a fact table, running a query with positional bindings,
// month arithmetic, and numbers for JSON output.

namespace cx {

/// Which members of an AnalysisFilter apply to a fact table (bit flags).
enum ScopePart : unsigned {
    ScopePeriod = 1u,   ///< month between fromMonth and toMonth
    ScopeProducts = 2u, ///< product in products
    ScopeRegion = 4u,   ///< the region column of regionLevel equals region
    ScopeChannel = 8u,  ///< channel equals channel
    ScopeAll = 15u,
    /// Survey responses: the filter's channel names complaint channels
    /// (10086热线, 营业厅, 工信部申诉 …); a survey's source (短信, 二维码 …) is
    /// another list, so the channel never restricts survey answers.
    ScopeSurvey = ScopePeriod | ScopeProducts | ScopeRegion,
};

/// SQL conditions with their positional bindings.
struct SqlConditions
{
    QString sql;            ///< " AND …" for every applied filter member; empty when none applies
    QVariantList bindings;  ///< values for the `?` in sql, in order
};

/// Conditions selecting the rows of a fact table (complaint, survey_response)
/// within the filter: `alias.month BETWEEN …`, `alias.product IN (…)`,
/// `alias.<region column> = …`, `alias.channel = …`; empty filter members add
/// nothing. `alias` is the table name or alias used in the query.
SqlConditions filterConditions(const AnalysisFilter &filter, const QString &alias, unsigned parts = ScopeAll);

/// Prepares `sql`, binds `bindings` in order and executes it forward-only.
/// A failure (a programming error against the fixed schema) is logged with
/// qWarning and leaves the query inactive, so callers read no rows.
QSqlQuery runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

/// The cities whose indicator values the filter covers. Indicator actuals are
/// kept per city (and '' for the whole province): a city filter selects that
/// city; a county or grid filter selects the city it lies in (looked up in the
/// complaints and survey responses); a province filter selects everything,
/// returned as std::nullopt.
std::optional<QStringList> indicatorCities(const QSqlDatabase &db, const AnalysisFilter &filter);

/// Conditions selecting the indicator_value rows (under `alias`) within the
/// filter's period and the cities of indicatorCities(); std::nullopt when the
/// filter's region lies in no known city (nothing to select).
std::optional<SqlConditions> indicatorValueConditions(const QSqlDatabase &db, const AnalysisFilter &filter,
                                                      const QString &alias);

/// "YYYY-MM" moved by `months` (negative: earlier); empty for a malformed month.
QString shiftMonth(const QString &month, int months);

/// A finite number as a JSON number; NaN and ±inf as null.
QJsonValue jsonNumber(double value);

} // namespace cx
