#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace cx {

namespace sqlite {
class Database;
}

/// The three word lists that decide complaint keywords and pain-point tags.
/// Defaults are in `:/defaults/` (telecom_terms.txt, stopwords_zh.txt,
/// pain_point_tags.txt); a workspace may keep its own copy of each.
enum class TextListKind {
    Terms,     ///< telecom terms the segmenter keeps whole (携号转网, 光猫)
    StopWords, ///< words that are never keywords (的, 客户, 来电, 核实)
    Tags,      ///< pain-point tag rules (卡顿: 卡顿|缓冲|转圈)
};

/// A line of a list that cannot be used, and why (translated).
struct TextListProblem
{
    int line = 0; ///< 1-based
    QString reason;
};

/// A term of the terms list.
struct Term
{
    QString word;
    double frequency = 0; ///< as in jieba's dictionary; kDefaultFrequency when the line gives none
    static constexpr double kDefaultFrequency = 2000;
};

/// A pain-point tag: the phrases that give it and the exceptions in which
/// a phrase does not count (see PainPointTagger).
struct TagRule
{
    QString tag;
    QStringList phrases;
    QStringList exceptions;
};

/// The name of a list on the command line and in the workspace: "terms",
/// "stopwords", "tags".
QString textListName(TextListKind kind);
/// The list as an analyst names it in a sentence ("the user dictionary"), translated.
QString textListTitle(TextListKind kind);
/// The kind of a list name; empty for an unknown name.
std::optional<TextListKind> textListKind(QStringView name);
/// Every kind, in the order above.
QList<TextListKind> textListKinds();

/// The lists parsed; every problem is reported with its line, and the
/// lines without problems are kept.
QList<Term> parseTerms(QStringView text, QList<TextListProblem> *problems = nullptr);
QSet<QString> parseStopWords(QStringView text, QList<TextListProblem> *problems = nullptr);
QList<TagRule> parseTagRules(QStringView text, QList<TextListProblem> *problems = nullptr);

/// The word lists in effect for a workspace: its own copy of a list where
/// it stores one (table text_list), the built-in default otherwise.
class TextLists
{
public:
    /// The built-in defaults.
    static const TextLists &defaults();
    /// The lists of a workspace. A stored list was checked when it was
    /// written; lines of it that do not parse (a file edited by other
    /// means) are left out. Empty with a translated message on a database error.
    static std::optional<TextLists> read(sqlite::Database &db, QString *error);

    /// A list as the user edits it.
    QString text(TextListKind kind) const;
    /// Whether a list is the built-in default (the workspace keeps no copy).
    bool isDefault(TextListKind kind) const;

    const QList<Term> &terms() const { return m_terms; }
    const QSet<QString> &stopWords() const { return m_stopWords; }
    const QList<TagRule> &tagRules() const { return m_tagRules; }

    /// A digest of everything keywords and tags depend on: the three lists,
    /// the built-in dictionary and the version of the rules that turn texts
    /// into keywords. The aggregates record it and are rebuilt when it changes.
    qint64 fingerprint() const;

private:
    void setText(TextListKind kind, const QString &text, bool isDefault);

    QString m_texts[3];
    bool m_default[3] = {true, true, true};
    QList<Term> m_terms;
    QSet<QString> m_stopWords;
    QList<TagRule> m_tagRules;
};

/// Stores a workspace's own copy of a list after checking it: nothing is
/// written when a line has a problem (each is listed in `problems`) or the
/// database fails (`error`). The analysis tables follow at the next analysis.
bool writeTextList(sqlite::Database &db, TextListKind kind, const QString &text, QList<TextListProblem> *problems,
                   QString *error);
/// Stores the three lists in one transaction (a savepoint inside the
/// caller's): per kind (index int(TextListKind)) the workspace's own text,
/// or nothing to go back to the default. Nothing is written when a list has
/// a problem or the database fails; `error` then says which and why.
bool writeTextLists(sqlite::Database &db, const std::array<std::optional<QString>, 3> &texts, QString *error);
/// Removes a workspace's copy of a list: the default applies again.
bool resetTextList(sqlite::Database &db, TextListKind kind, QString *error);

/// The text of a list file as an editor saved it (UTF-8 with or without a
/// byte order mark, UTF-16, or GB18030/GBK as Notepad on Chinese Windows
/// writes it); empty with a translated message naming the file when it
/// cannot be read or is larger than a list may be.
std::optional<QString> readTextListFile(const QString &path, QString *error);

} // namespace cx
