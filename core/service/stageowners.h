#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cx {

/// Who answers for a journey stage, from the category map and the indicator
/// tree: the perception elements (感知要素) its complaint categories map to,
/// and the departments owning those elements and the KEIs and KOIs under them.
struct StageOwners
{
    QStringList elements;    ///< "QOE05 内容体验", sorted by code
    QStringList departments; ///< owners of the elements first, then of their indicators
};

/// The owners of every stage with mapped categories (key: stage name). Read
/// once per workspace load; does not depend on the filter.
QHash<QString, StageOwners> stageOwners(const QSqlDatabase &db);

} // namespace cx
