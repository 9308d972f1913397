#include "io/workbookreader.h"

namespace cx {

QStringList WorkbookReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : sheets())
        names.append(sheet.name);
    return names;
}

QList<QList<QStringList>> WorkbookReader::previewAll(int maxRows)
{
    QList<QList<QStringList>> previews;
    const qsizetype count = sheets().size();
    for (int i = 0; i < count; ++i)
        previews.append(previewSheet(i, maxRows));
    return previews;
}

} // namespace cx
