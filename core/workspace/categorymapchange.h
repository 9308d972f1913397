#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Editing a workspace's journey stages (table journey_stage) and category map
// (table category_map), and re-deriving what depends on them: each
// complaint's stage, perception element and experience level, and the
// complaint aggregates. The edits are plain values; applying one is one
// transaction on a connection of its own (a worker thread's).

namespace cx {

namespace sqlite {
class Database;
}

/// One row of a category map: complaint category → journey stage,
/// perception element, experience level.
struct CategoryMapping
{
    QString category;
    QString stage;
    QString elementCode;     ///< may be empty
    QString experienceLevel; ///< 功能性 / 便利性 / 情感性, or empty

    friend bool operator==(const CategoryMapping &, const CategoryMapping &) = default;
};

/// A category's row before and after an edit (none: no row).
struct CategoryDelta
{
    QString category;
    std::optional<CategoryMapping> before;
    std::optional<CategoryMapping> after;
};

/// An edit of the stages and the category map. Each part says the state it
/// leaves (the rows after, the stage list after), so that applying an edit
/// twice is applying it once, and inverted() undoes it.
struct JourneyChange
{
    QList<CategoryDelta> categories;
    QStringList stagesBefore; ///< the stage list before; empty with stagesAfter when unchanged
    QStringList stagesAfter;
    /// Stages renamed, (old, new): their categories, survey questions, work
    /// orders and complaints follow the new name.
    QList<QPair<QString, QString>> renamedStages;

    bool changesStages() const { return stagesBefore != stagesAfter; }
    bool isEmpty() const { return categories.isEmpty() && !changesStages(); }
    JourneyChange inverted() const;
};

/// What applying a JourneyChange did.
struct JourneyChangeReport
{
    bool ok = false;
    QString error; ///< translated, when !ok
    int categoriesAdded = 0;
    int categoriesChanged = 0;
    int categoriesRemoved = 0;
    qint64 complaintsRederived = 0; ///< complaints whose stage, element or level changed
    qint64 complaintsRestaged = 0;  ///< of them, those that moved to another stage
    /// The categories (finest level) whose complaints moved stage: their aggregates were recounted.
    QStringList restagedCategories;
    double seconds = 0;
};

/// Complaints of one (category1, category2, category3) and stage as stored.
struct CategoryCombination
{
    QString category1;
    QString category2;
    QString category3;
    QString stage;
    qint64 complaints = 0;

    /// The finest non-empty level: the category the analyses show.
    QString finest() const;
};

/// The journey stages of a workspace in order.
QStringList workspaceStages(sqlite::Database &db);
/// The rows of a workspace's category map, sorted by category.
QList<CategoryMapping> workspaceCategoryMappings(sqlite::Database &db);
/// Complaints per distinct stored category triple and stage (one scan of the complaints).
QList<CategoryCombination> complaintCategoryCombinations(sqlite::Database &db);

/// Why an edit cannot be made, or empty when it can: stage names must be
/// non-empty, unique and not 未归类; each category non-empty, once (as
/// normalizeValue() compares), mapped to a stage of the stage list after the
/// edit, with an experience level of 功能性, 便利性, 情感性 or none. `stages`
/// and `mappings` are the state before; the message is translated.
QString validateJourneyChange(const JourneyChange &change, const QStringList &stages,
                              const QList<CategoryMapping> &mappings);

/// The experience levels of DESIGN.md: 功能性, 便利性, 情感性 (data, not translated).
const QStringList &experienceLevels();

/// Applies `change` in one transaction: the stage list and renames, the
/// category rows, then every complaint's stage, element code and experience
/// level re-derived by the edited map (CategoryMap::lookup(), as the
/// importer derives them; unknown categories go to 未归类), in chunks with
/// `progress` in permille, and the complaint aggregates recounted when a
/// stage moved. Any failure rolls everything back. It is not cancellable: the
/// undo history says the edit was made, so it runs to the end (seconds on a
/// million complaints).
JourneyChangeReport applyJourneyChange(sqlite::Database &db, const JourneyChange &change,
                                       const std::function<void(int permille)> &progress = {});

/// The same on a connection of its own to the workspace file at `path`.
JourneyChangeReport applyJourneyChange(const QString &path, const JourneyChange &change,
                                       const std::function<void(int permille)> &progress = {});

} // namespace cx

Q_DECLARE_METATYPE(cx::JourneyChangeReport)
