#include "import/journeystages.h"

#include "import/defaultsfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtGlobal>

namespace cx {

using namespace Qt::StringLiterals;

QStringList defaultJourneyStages()
{
    static const QStringList stages = [] {
        const QString file = u"journey_stages.json"_s;
        QStringList loaded;
        for (const QJsonValue &value : QJsonDocument::fromJson(readDefaultsFile(file))["stages"_L1].toArray())
            loaded << value.toString();
        // The file is compiled in; an empty list means a broken build.
        if (loaded.isEmpty())
            qWarning("The default journey stages could not be read from %s", qUtf8Printable(defaultsPath(file)));
        return loaded;
    }();
    return stages;
}

} // namespace cx
