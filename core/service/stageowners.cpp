#include "service/stageowners.h"

#include "analytics/factscope.h"

#include <QMap>
#include <QSet>

namespace cx {

using namespace Qt::StringLiterals;

QHash<QString, StageOwners> stageOwners(const QSqlDatabase &db)
{
    struct Indicator
    {
        QString name;
        QString department;
        QStringList children;
    };
    QHash<QString, Indicator> indicators;
    QSqlQuery q = runQuery(db, u"SELECT code, name, coalesce(department, ''), coalesce(parent_code, '') FROM indicator"_s);
    QList<std::pair<QString, QString>> parents; // (child, parent)
    while (q.next()) {
        indicators[q.value(0).toString()] = Indicator{q.value(1).toString(), q.value(2).toString(), {}};
        if (const QString parent = q.value(3).toString(); !parent.isEmpty())
            parents.append({q.value(0).toString(), parent});
    }
    for (const auto &[child, parent] : std::as_const(parents))
        if (indicators.contains(parent))
            indicators[parent].children << child;

    QMap<QString, QStringList> elementsOfStage; // stage -> element codes
    q = runQuery(db, u"SELECT DISTINCT stage, element_code FROM category_map WHERE coalesce(element_code, '') <> '' "
                     "ORDER BY stage, element_code"_s);
    while (q.next())
        elementsOfStage[q.value(0).toString()] << q.value(1).toString();

    QHash<QString, StageOwners> owners;
    for (auto it = elementsOfStage.cbegin(); it != elementsOfStage.cend(); ++it) {
        StageOwners stage;
        QStringList indicatorDepartments;
        for (const QString &code : it.value()) {
            const auto element = indicators.constFind(code);
            if (element == indicators.constEnd()) {
                stage.elements << code;
                continue;
            }
            stage.elements << (element->name.isEmpty() ? code : u"%1 %2"_s.arg(code, element->name));
            if (!element->department.isEmpty() && !stage.departments.contains(element->department))
                stage.departments << element->department;
            QStringList pending = element->children;
            QSet<QString> seen{code}; // a tree edited by hand may loop
            while (!pending.isEmpty()) {
                const QString next = pending.takeFirst();
                if (seen.contains(next))
                    continue;
                seen.insert(next);
                const Indicator indicator = indicators.value(next);
                pending << indicator.children;
                if (!indicator.department.isEmpty() && !indicatorDepartments.contains(indicator.department))
                    indicatorDepartments << indicator.department;
            }
        }
        for (const QString &department : std::as_const(indicatorDepartments))
            if (!stage.departments.contains(department))
                stage.departments << department;
        owners.insert(it.key(), stage);
    }
    return owners;
}

} // namespace cx
