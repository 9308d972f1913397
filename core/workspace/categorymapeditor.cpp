#include "workspace/categorymapeditor.h"

#include "import/categorymap.h"
#include "pipeline/sqlite.h"
#include "service/jobtracker.h"
#include "workspace/categorymapcommands.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QMutexLocker>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return u"“%1”"_s.arg(text);
}

void insertSorted(QList<CategoryMapping> &rows, const CategoryMapping &row)
{
    const auto byCategory = [](const CategoryMapping &a, const CategoryMapping &b) { return a.category < b.category; };
    const auto at = std::lower_bound(rows.begin(), rows.end(), row, byCategory);
    rows.insert(at, row);
}

} // namespace

CategoryMapEditor *CategoryMapEditor::forWorkspace(Workspace &workspace)
{
    if (auto *editor = workspace.findChild<CategoryMapEditor *>(QString(), Qt::FindDirectChildrenOnly))
        return editor;
    return new CategoryMapEditor(workspace);
}

CategoryMapEditor::CategoryMapEditor(Workspace &workspace)
    : QObject(&workspace)
    , m_workspace(workspace)
    , m_path(workspace.path())
{
}

CategoryMapEditor::~CategoryMapEditor()
{
    waitForIdle();
}

void CategoryMapEditor::waitForIdle()
{
    QFuture<void> future;
    {
        QMutexLocker lock(&m_mutex);
        future = m_future;
    }
    future.waitForFinished();
}

void CategoryMapEditor::reload()
{
    enqueue(std::nullopt);
}

void CategoryMapEditor::enqueue(std::optional<JourneyChange> job)
{
    const bool wasBusy = isBusy();
    m_jobs.append(job);
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append(std::move(job));
        if (!m_working) {
            m_working = true;
            m_future = QtConcurrent::run(backgroundPool(), [this] { work(); });
        }
    }
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void CategoryMapEditor::work()
{
    // Runs on the worker; talks back only through queued calls, so that the
    // editor's state is touched on its own thread alone.
    for (;;) {
        std::optional<JourneyChange> job;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                m_working = false;
                return;
            }
            job = m_queue.takeFirst();
        }
        if (!job) {
            const Snapshot snapshot = readSnapshot(m_path);
            QMetaObject::invokeMethod(this, [this, snapshot] { adopt(snapshot); }, Qt::QueuedConnection);
            continue;
        }
        int lastPermille = -1;
        const auto onProgress = [&](int permille) {
            if (permille == lastPermille)
                return;
            lastPermille = permille;
            QMetaObject::invokeMethod(this, [this, permille] { Q_EMIT progress(permille); }, Qt::QueuedConnection);
        };
        const JourneyChangeReport report = applyJourneyChange(m_path, *job, onProgress);
        QMetaObject::invokeMethod(this, [this, report] { finishChange(report); }, Qt::QueuedConnection);
    }
}

CategoryMapEditor::Snapshot CategoryMapEditor::readSnapshot(const QString &path)
{
    Snapshot snapshot;
    sqlite::Database db;
    if (!db.open(path)) {
        snapshot.error = tr("Cannot read the journey stages of %1: %2").arg(QDir::toNativeSeparators(path),
                                                                            db.errorString());
        return snapshot;
    }
    snapshot.stages = workspaceStages(db);
    snapshot.mappings = workspaceCategoryMappings(db);
    snapshot.combinations = complaintCategoryCombinations(db);
    for (const char *table : {"survey_question", "work_order"}) {
        sqlite::Statement q = db.prepare(
            u"SELECT stage, count(*) FROM %1 WHERE stage IS NOT NULL GROUP BY stage"_s.arg(QLatin1StringView(table)));
        while (q.next())
            snapshot.stageReferences[q.columnText(0)] += int(q.columnInt(1));
    }
    snapshot.ok = true;
    return snapshot;
}

void CategoryMapEditor::adopt(const Snapshot &snapshot)
{
    m_jobs.removeFirst(); // this load
    if (!snapshot.ok) {
        Q_EMIT failed(snapshot.error);
    } else {
        m_stages = snapshot.stages;
        m_mappings = snapshot.mappings;
        m_combinations = snapshot.combinations;
        m_stageReferences = snapshot.stageReferences;
        m_loaded = true;
        // Changes asked for after this load are not in it yet.
        for (const std::optional<JourneyChange> &job : std::as_const(m_jobs)) {
            if (job)
                show(*job);
        }
        recount();
        Q_EMIT loaded();
        Q_EMIT changed();
    }
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void CategoryMapEditor::finishChange(const JourneyChangeReport &report)
{
    m_jobs.removeFirst();
    if (report.ok) {
        Q_EMIT changeApplied(report);
        m_workspace.notifyDataChanged();
    } else {
        Q_EMIT failed(report.error);
        reload(); // show what the workspace holds
    }
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void CategoryMapEditor::submit(const JourneyChange &change)
{
    show(change);
    recount();
    Q_EMIT changed();
    enqueue(change);
}

void CategoryMapEditor::show(const JourneyChange &change)
{
    if (change.changesStages())
        m_stages = change.stagesAfter;
    for (const auto &[from, to] : change.renamedStages) {
        for (CategoryMapping &row : m_mappings) {
            if (row.stage == from)
                row.stage = to;
        }
        if (m_stageReferences.contains(from))
            m_stageReferences.insert(to, m_stageReferences.take(from));
    }
    for (const CategoryDelta &delta : change.categories) {
        m_mappings.removeIf([&](const CategoryMapping &row) { return row.category == delta.category; });
        if (delta.after)
            insertSorted(m_mappings, *delta.after);
    }
}

void CategoryMapEditor::recount()
{
    QHash<QString, CategoryEntry> entries;
    for (const CategoryMapping &row : std::as_const(m_mappings))
        entries.insert(row.category, {row.stage, row.elementCode, row.experienceLevel, true});
    const CategoryMap map(entries);
    m_complaintsByCategory.clear();
    m_complaintsByStage.clear();
    QStringList unmapped;
    for (const CategoryCombination &c : std::as_const(m_combinations)) {
        const QString key = map.match(c.category3, c.category2, c.category1);
        if (key.isNull()) {
            const QString finest = c.finest();
            if (!m_complaintsByCategory.contains(finest))
                unmapped << finest;
            m_complaintsByCategory[finest] += c.complaints;
            m_complaintsByStage[CategoryMap::unmappedStage()] += c.complaints;
        } else {
            m_complaintsByCategory[key] += c.complaints;
            m_complaintsByStage[entries.value(key).stage] += c.complaints;
        }
    }
    unmapped.sort();
    m_unmapped = unmapped;
}

int CategoryMapEditor::categoriesInStage(const QString &stage) const
{
    return int(std::count_if(m_mappings.begin(), m_mappings.end(),
                             [&](const CategoryMapping &row) { return row.stage == stage; }));
}

std::optional<CategoryMapping> CategoryMapEditor::mappingOf(const QString &category) const
{
    const auto it = std::find_if(m_mappings.begin(), m_mappings.end(),
                                 [&](const CategoryMapping &row) { return row.category == category; });
    if (it == m_mappings.end())
        return std::nullopt;
    return *it;
}

QString CategoryMapEditor::push(const JourneyChange &change, const QString &text)
{
    if (!m_loaded || std::any_of(m_jobs.begin(), m_jobs.end(), [](const auto &job) { return !job.has_value(); }))
        return tr("The journey stages and categories are still being read; try again in a moment.");
    if (change.isEmpty())
        return {};
    const QString invalid = validateJourneyChange(change, m_stages, m_mappings);
    if (!invalid.isEmpty())
        return invalid;
    m_workspace.undoStack()->push(new JourneyChangeCommand(*this, change, text));
    return {};
}

QString CategoryMapEditor::addStage(const QString &name, int position)
{
    JourneyChange change;
    change.stagesBefore = m_stages;
    change.stagesAfter = m_stages;
    change.stagesAfter.insert(std::clamp(position, 0, int(m_stages.size())), name.trimmed());
    return push(change, tr("Add journey stage %1").arg(quoted(name.trimmed())));
}

QString CategoryMapEditor::renameStage(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    const qsizetype index = m_stages.indexOf(from);
    if (index < 0)
        return tr("There is no journey stage %1.").arg(quoted(from));
    if (name == from)
        return {};
    JourneyChange change;
    change.stagesBefore = m_stages;
    change.stagesAfter = m_stages;
    change.stagesAfter[index] = name;
    change.renamedStages = {{from, name}};
    return push(change, tr("Rename journey stage %1 to %2").arg(quoted(from), quoted(name)));
}

QString CategoryMapEditor::moveStage(int from, int to)
{
    if (from < 0 || from >= m_stages.size() || to < 0 || to >= m_stages.size() || from == to)
        return {};
    JourneyChange change;
    change.stagesBefore = m_stages;
    change.stagesAfter = m_stages;
    change.stagesAfter.move(from, to);
    return push(change, tr("Move journey stage %1").arg(quoted(m_stages.at(from))));
}

QString CategoryMapEditor::removeStage(const QString &name)
{
    if (!m_stages.contains(name))
        return tr("There is no journey stage %1.").arg(quoted(name));
    if (const int categories = categoriesInStage(name); categories > 0)
        return tr("The journey stage %1 cannot be removed: %n categorie(s) are mapped to it. Map them to another "
                  "stage first.",
                  nullptr, categories)
            .arg(quoted(name));
    if (const int references = referencesToStage(name); references > 0)
        return tr("The journey stage %1 cannot be removed: %n survey question(s) or work order(s) refer to it. "
                  "Rename it instead.",
                  nullptr, references)
            .arg(quoted(name));
    JourneyChange change;
    change.stagesBefore = m_stages;
    change.stagesAfter = m_stages;
    change.stagesAfter.removeAll(name);
    return push(change, tr("Remove journey stage %1").arg(quoted(name)));
}

QString CategoryMapEditor::setMapping(const CategoryMapping &mapping)
{
    CategoryMapping row = mapping;
    row.category = row.category.trimmed();
    row.elementCode = row.elementCode.trimmed();
    const std::optional<CategoryMapping> before = mappingOf(row.category);
    if (before == row)
        return {};
    JourneyChange change;
    change.categories = {CategoryDelta{row.category, before, row}};
    return push(change, before ? tr("Change category %1").arg(quoted(row.category))
                               : tr("Map category %1 to %2").arg(quoted(row.category), quoted(row.stage)));
}

QString CategoryMapEditor::removeMapping(const QString &category)
{
    const std::optional<CategoryMapping> before = mappingOf(category);
    if (!before)
        return tr("The category %1 is not in the map.").arg(quoted(category));
    JourneyChange change;
    change.categories = {CategoryDelta{category, before, std::nullopt}};
    return push(change, tr("Remove category %1 from the map").arg(quoted(category)));
}

} // namespace cx
