#include "text/wordlistmodel.h"

#include "import/textnormalize.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

/// One change of a word list: the rows before and after it.
class WordListCommand : public QUndoCommand
{
public:
    WordListCommand(WordListModel *model, WordListModel::State before, WordListModel::State after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_model->setState(m_before); }
    void redo() override { m_model->setState(m_after); }

private:
    WordListModel *m_model;
    WordListModel::State m_before;
    WordListModel::State m_after;
};

namespace {

int columnsOf(TextListKind kind)
{
    switch (kind) {
    case TextListKind::Terms:
        return 2;
    case TextListKind::StopWords:
        return 1;
    case TextListKind::Tags:
        return 3;
    }
    return 1;
}

// The cells of one list line that parses; empty with the problems otherwise.
QStringList cellsOf(TextListKind kind, QStringView line, QList<TextListProblem> *problems)
{
    switch (kind) {
    case TextListKind::Terms: {
        const QList<Term> terms = parseTerms(line, problems);
        if (terms.isEmpty())
            return {};
        const Term &term = terms.constFirst();
        return {term.word, term.frequency == Term::kDefaultFrequency ? QString() : QString::number(term.frequency, 'g', 12)};
    }
    case TextListKind::StopWords: {
        const QSet<QString> words = parseStopWords(line, problems);
        return words.isEmpty() ? QStringList() : QStringList{*words.cbegin()};
    }
    case TextListKind::Tags: {
        const QList<TagRule> rules = parseTagRules(line, problems);
        if (rules.isEmpty())
            return {};
        const TagRule &rule = rules.constFirst();
        return {rule.tag, rule.phrases.join(u'|'), rule.exceptions.join(u'|')};
    }
    }
    return {};
}

// A row's name as duplicates are found: letter case and width do not matter.
QString keyOf(const QStringList &cells)
{
    return cells.value(0).toCaseFolded();
}

} // namespace

WordListModel::WordListModel(TextListKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

WordListModel::State WordListModel::stateOf(TextListKind kind, const QString &text, bool isDefault,
                                            QList<TextListProblem> *problems)
{
    State state;
    state.isDefault = isDefault;
    QSet<QString> names;
    QStringList notes; // comment and blank lines waiting for the row below them
    QList<QStringView> lines = QStringView(text).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the file's last line break
    int number = 0;
    for (QStringView line : std::as_const(lines)) {
        ++number;
        const QStringView content = line.trimmed();
        if (content.isEmpty() || content.startsWith(u'#')) {
            notes << (line.endsWith(u'\r') ? line.chopped(1) : line).toString();
            continue;
        }
        QList<TextListProblem> found;
        const QStringList cells = cellsOf(kind, line, &found);
        for (TextListProblem &problem : found)
            problem.line = number;
        if (problems)
            *problems << found;
        if (cells.isEmpty())
            continue;
        if (names.contains(keyOf(cells))) {
            // A repeated term or stop word adds nothing; a tag defined twice is ambiguous.
            if (kind == TextListKind::Tags && problems)
                problems->append({number, tr("the tag %1 is defined twice").arg(cells.constFirst())});
            continue;
        }
        names.insert(keyOf(cells));
        state.rows << cells;
        state.notes << std::exchange(notes, {});
    }
    state.trailingNotes = notes;
    return state;
}

QString WordListModel::lineOf(const QStringList &cells) const
{
    switch (m_kind) {
    case TextListKind::Terms:
        return cells.value(1).isEmpty() ? cells.value(0) : u"%1 %2"_s.arg(cells.value(0), cells.value(1));
    case TextListKind::StopWords:
        return cells.value(0);
    case TextListKind::Tags: {
        QStringList parts;
        for (const QString &phrase : cells.value(1).split(u'|', Qt::SkipEmptyParts))
            parts << phrase.trimmed();
        for (QString exception : cells.value(2).split(u'|', Qt::SkipEmptyParts)) {
            exception = exception.trimmed();
            if (exception.startsWith(u'!') || exception.startsWith(u'！'))
                exception.remove(0, 1);
            parts << u'!' + exception;
        }
        return u"%1: %2"_s.arg(cells.value(0), parts.join(u'|'));
    }
    }
    return {};
}

void WordListModel::load(const QString &text, bool isDefault)
{
    setState(stateOf(m_kind, text, isDefault, nullptr));
}

bool WordListModel::replace(const QString &text, bool isDefault, const QString &actionName, QList<TextListProblem> *problems)
{
    QList<TextListProblem> found;
    const State after = stateOf(m_kind, text, isDefault, &found);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }
    change(after, actionName);
    return true;
}

QString WordListModel::text() const
{
    QStringList lines;
    lines.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        lines << m_notes.at(r) << lineOf(m_rows.at(r));
    lines << m_trailingNotes;
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QString WordListModel::problem(const QStringList &cells, int row) const
{
    const QString name = cells.value(0).trimmed();
    if (name.isEmpty()) {
        switch (m_kind) {
        case TextListKind::Terms:
            return tr("Write a term.");
        case TextListKind::StopWords:
            return tr("Write a stop word.");
        case TextListKind::Tags:
            return tr("A pain-point tag needs a name.");
        }
    }
    if (m_kind != TextListKind::Tags) {
        for (const QString &cell : cells)
            if (std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isSpace(); }))
                return tr("\"%1\" holds a space; write one word").arg(cell);
    }
    if (m_kind == TextListKind::Tags && cells.value(1).split(u'|', Qt::SkipEmptyParts).isEmpty())
        return tr("The tag %1 needs at least one phrase that gives it.").arg(name);
    QList<TextListProblem> found;
    const QStringList parsed = cellsOf(m_kind, lineOf(cells), &found);
    if (!found.isEmpty())
        return found.constFirst().reason;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (r != row && keyOf(m_rows.at(r)) == keyOf(parsed)) {
            return m_kind == TextListKind::Tags ? tr("The tag %1 is defined already (row %2).").arg(parsed.constFirst()).arg(r + 1)
                                                : tr("\"%1\" is listed already (row %2).").arg(parsed.constFirst()).arg(r + 1);
        }
    }
    return {};
}

bool WordListModel::refuse(const QString &reason)
{
    m_refusal = reason;
    Q_EMIT refused(reason);
    return false;
}

bool WordListModel::addRow(const QStringList &cells)
{
    if (const QString why = problem(cells); !why.isEmpty())
        return refuse(why);
    State after = state();
    after.rows << cellsOf(m_kind, lineOf(cells), nullptr);
    after.notes << QStringList();
    after.isDefault = false;
    change(after, tr("Add %1").arg(after.rows.constLast().constFirst()));
    return true;
}

void WordListModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= m_rows.size(); });
    if (rows.isEmpty())
        return;
    State after = state();
    const QString name = rows.size() == 1 ? tr("Remove %1").arg(m_rows.at(rows.constFirst()).constFirst())
                                          : tr("Remove %n rows", nullptr, int(rows.size()));
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        // The comments above a removed row now stand above the next one.
        const QStringList notes = after.notes.takeAt(*it);
        after.rows.removeAt(*it);
        QStringList &next = *it < after.notes.size() ? after.notes[*it] : after.trailingNotes;
        next = notes + next;
    }
    after.isDefault = false;
    change(after, name);
}

void WordListModel::change(const State &after, const QString &actionName)
{
    if (m_undo)
        m_undo->push(new WordListCommand(this, state(), after, actionName));
    else
        setState(after);
}

void WordListModel::setState(const State &state)
{
    if (state.rows.size() == m_rows.size()) {
        const QList<QStringList> before = std::exchange(m_rows, state.rows);
        for (int r = 0; r < m_rows.size(); ++r)
            if (before.at(r) != m_rows.at(r))
                Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
    } else {
        beginResetModel();
        m_rows = state.rows;
        endResetModel();
    }
    m_notes = state.notes;
    m_trailingNotes = state.trailingNotes;
    m_default = state.isDefault;
    Q_EMIT listChanged();
}

int WordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnsOf(m_kind);
}

QVariant WordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const QString cell = m_rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return cell;
    if (role == Qt::ToolTipRole && m_kind == TextListKind::Terms && index.column() == 1 && cell.isEmpty())
        return tr("No frequency: the term counts as %1 (as in jieba's dictionary).").arg(Term::kDefaultFrequency);
    if (role == Qt::ToolTipRole && m_kind == TextListKind::Tags && index.column() > 0)
        return index.column() == 1 ? tr("Phrases that give the tag, separated by |")
                                   : tr("Longer phrases around a phrase in which it does not count (不卡顿 for 卡顿), separated by |");
    return {};
}

bool WordListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return false;
    QStringList cells = m_rows.at(index.row());
    while (cells.size() < columnCount())
        cells << QString();
    QString cell = value.toString().trimmed();
    if (m_kind == TextListKind::Terms && index.column() == 1) // digits typed with a Chinese input method
        for (QChar &c : cell)
            c = QChar(toHalfWidth(c.unicode()));
    cells[index.column()] = cell;
    if (const QString why = problem(cells, index.row()); !why.isEmpty())
        return refuse(why);
    const QStringList canonical = cellsOf(m_kind, lineOf(cells), nullptr);
    if (canonical == m_rows.at(index.row()))
        return true;
    State after = state();
    after.rows[index.row()] = canonical;
    after.isDefault = false;
    change(after, tr("Edit %1").arg(canonical.constFirst()));
    return true;
}

Qt::ItemFlags WordListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant WordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case TextListKind::Terms:
        return section == 0 ? tr("Term") : tr("Frequency (optional)");
    case TextListKind::StopWords:
        return tr("Stop word");
    case TextListKind::Tags:
        return section == 0 ? tr("Pain-point tag") : section == 1 ? tr("Phrases") : tr("Exceptions");
    }
    return {};
}

} // namespace cx
