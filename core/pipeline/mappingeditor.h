#pragma once

#include "import/headerdetector.h"
#include "import/mappingprofile.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cx {

/// Corrections of a column mapping (the import wizard's "this column is
/// that field"), expressed as profile edits so that a corrected profile,
/// saved in the workspace, maps the next file of the same layout by itself.
class MappingEditor
{
    Q_DECLARE_TR_FUNCTIONS(cx::MappingEditor)

public:
    /// The name of the field that collects headers the user chose not to
    /// import: a field that is not stored, so its columns are recognised
    /// but dropped (and not taken for survey questions).
    static QString notImportedField();

    /// The fields a column can be mapped to, in profile order (the
    /// not-imported field left out).
    static QStringList choosableFields(const MappingProfile &profile);

    /// `profile` with column `column` of `detection` mapped to `field`: a
    /// field name, notImportedField(), or empty for "a survey question"
    /// (surveys only: the header is taken away from every field). A column
    /// that held `field` until now is set not to be imported, so that the
    /// user's choice wins.
    static MappingProfile assignColumn(const MappingProfile &profile, const HeaderDetection &detection, int column,
                                       const QString &field);

    /// Whether the workspace has a saved profile called `name`.
    static bool profileExists(const QSqlDatabase &db, const QString &name);
    /// Stores `profile` under `name` in the workspace table `mapping_profile`,
    /// replacing a profile of that name. False with a translated `error`.
    static bool saveProfile(const QSqlDatabase &db, const QString &name, const MappingProfile &profile,
                            QString *error);
};

} // namespace cx
