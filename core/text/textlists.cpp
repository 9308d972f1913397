#include "text/textlists.h"

#include "import/defaultsfile.h"
#include "io/encodingdetector.h"
#include "import/textnormalize.h"
#include "pipeline/sqlite.h"
#include "text/dictionary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Raise when the way texts become keywords or tags changes (segmentation,
// keyword candidates, phrase pairs, tag matching): folded aggregates are then
// rebuilt.
constexpr int kTextRulesVersion = 1;

constexpr qsizetype kMaxWordLength = 32;
constexpr qsizetype kMaxListBytes = 4 * 1024 * 1024;

// The translation context of this file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cx::TextLists)
};

// Each list's name (command line, table text_list) and default file.
struct ListInfo
{
    TextListKind kind;
    const char16_t *name;
    const char16_t *defaultFile;
};
constexpr ListInfo kLists[] = {
    {TextListKind::Terms, u"terms", u"telecom_terms.txt"},
    {TextListKind::StopWords, u"stopwords", u"stopwords_zh.txt"},
    {TextListKind::Tags, u"tags", u"pain_point_tags.txt"},
};

const ListInfo &infoOf(TextListKind kind)
{
    return kLists[int(kind)];
}

// Full-width forms folded to half-width, surrounding whitespace removed.
QString normalized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : trimmedView(text))
        out.append(QChar(toHalfWidth(c.unicode())));
    return out.trimmed();
}

// Calls `line(number, text)` for every line that is not blank or a comment.
template<typename Line>
void forEachLine(QStringView text, Line line)
{
    int number = 0;
    for (QStringView raw : text.split(u'\n')) {
        ++number;
        const QStringView content = trimmedView(raw);
        if (!content.isEmpty() && !content.startsWith(u'#'))
            line(number, content);
    }
}

void report(QList<TextListProblem> *problems, int line, const QString &reason)
{
    if (problems)
        problems->append({line, reason});
}

// A word of a list: not empty, no whitespace inside, not too long.
bool checkWord(const QString &word, int line, QList<TextListProblem> *problems)
{
    if (word.isEmpty()) {
        report(problems, line, Messages::tr("an empty word"));
        return false;
    }
    if (word.size() > kMaxWordLength) {
        report(problems, line, Messages::tr("\"%1\" is longer than %2 characters").arg(word.left(kMaxWordLength)).arg(kMaxWordLength));
        return false;
    }
    for (QChar c : word) {
        if (c.isSpace() || c == u'|') {
            report(problems, line, Messages::tr("\"%1\" holds a space or a '|'; write one word").arg(word));
            return false;
        }
    }
    return true;
}

} // namespace

QString textListName(TextListKind kind)
{
    return QString::fromUtf16(infoOf(kind).name);
}

QString textListTitle(TextListKind kind)
{
    switch (kind) {
    case TextListKind::Terms:
        return Messages::tr("the user dictionary");
    case TextListKind::StopWords:
        return Messages::tr("the stop words");
    case TextListKind::Tags:
        return Messages::tr("the pain-point tag rules");
    }
    return {};
}

std::optional<TextListKind> textListKind(QStringView name)
{
    for (const ListInfo &info : kLists)
        if (name == QStringView(info.name))
            return info.kind;
    return std::nullopt;
}

QList<TextListKind> textListKinds()
{
    QList<TextListKind> kinds;
    for (const ListInfo &info : kLists)
        kinds << info.kind;
    return kinds;
}

QList<Term> parseTerms(QStringView text, QList<TextListProblem> *problems)
{
    QList<Term> terms;
    forEachLine(text, [&](int line, QStringView content) {
        QList<QStringView> fields;
        for (QStringView field : content.split(u' ', Qt::SkipEmptyParts))
            for (QStringView part : field.split(u'\t', Qt::SkipEmptyParts))
                fields << part;
        Term term{normalized(fields.constFirst()), Term::kDefaultFrequency};
        if (fields.size() > 2) {
            report(problems, line, Messages::tr("expected \"TERM\" or \"TERM FREQUENCY\""));
            return;
        }
        if (fields.size() == 2) {
            bool ok = false;
            term.frequency = fields.at(1).toDouble(&ok);
            if (!ok || !std::isfinite(term.frequency) || term.frequency < 1 || term.frequency > 1e9) {
                report(problems, line, Messages::tr("\"%1\" is no frequency (a number from 1 to 1000000000)").arg(fields.at(1)));
                return;
            }
        }
        if (checkWord(term.word, line, problems))
            terms << term;
    });
    return terms;
}

QSet<QString> parseStopWords(QStringView text, QList<TextListProblem> *problems)
{
    QSet<QString> words;
    forEachLine(text, [&](int line, QStringView content) {
        const QString word = normalized(content);
        if (checkWord(word, line, problems))
            words.insert(word);
    });
    return words;
}

QList<TagRule> parseTagRules(QStringView text, QList<TextListProblem> *problems)
{
    QList<TagRule> rules;
    forEachLine(text, [&](int line, QStringView content) {
        qsizetype colon = content.indexOf(u':');
        if (colon < 0)
            colon = content.indexOf(u'：');
        if (colon < 0) {
            report(problems, line, Messages::tr("expected \"TAG: phrase|phrase|!exception\""));
            return;
        }
        TagRule rule{normalized(content.left(colon)), {}, {}};
        if (!checkWord(rule.tag, line, problems))
            return;
        for (QStringView part : content.sliced(colon + 1).split(u'|')) {
            part = trimmedView(part);
            const bool exception = part.startsWith(u'!') || part.startsWith(u'！');
            const QString phrase = normalized(exception ? part.sliced(1) : part);
            if (!checkWord(phrase, line, problems))
                return;
            (exception ? rule.exceptions : rule.phrases) << phrase;
        }
        if (rule.phrases.isEmpty()) {
            report(problems, line, Messages::tr("the tag %1 has no phrase that gives it").arg(rule.tag));
            return;
        }
        for (const QString &exception : std::as_const(rule.exceptions)) {
            const bool holdsPhrase = std::any_of(rule.phrases.begin(), rule.phrases.end(), [&](const QString &phrase) {
                return exception.contains(phrase, Qt::CaseInsensitive);
            });
            if (!holdsPhrase) {
                report(problems, line,
                       Messages::tr("the exception !%1 holds none of the phrases of %2, so it never applies").arg(exception, rule.tag));
                return;
            }
        }
        const auto excepted = [&](const QString &phrase) {
            return rule.exceptions.contains(phrase, Qt::CaseInsensitive);
        };
        if (std::all_of(rule.phrases.begin(), rule.phrases.end(), excepted)) {
            report(problems, line,
                   Messages::tr("every phrase of %1 is also one of its exceptions, so the tag can never be given").arg(rule.tag));
            return;
        }
        for (const QString &phrase : std::as_const(rule.phrases)) {
            if (excepted(phrase)) {
                report(problems, line, Messages::tr("the phrase %1 of %2 is also an exception, so it never counts").arg(phrase, rule.tag));
                return;
            }
        }
        for (const TagRule &other : std::as_const(rules)) {
            if (other.tag == rule.tag) {
                report(problems, line, Messages::tr("the tag %1 is defined twice").arg(rule.tag));
                return;
            }
        }
        rules << rule;
    });
    return rules;
}

const TextLists &TextLists::defaults()
{
    static const TextLists lists = [] {
        TextLists result;
        for (TextListKind kind : textListKinds())
            result.setText(kind, QString::fromUtf8(readDefaultsFile(QString::fromUtf16(infoOf(kind).defaultFile))), true);
        return result;
    }();
    return lists;
}

std::optional<TextLists> TextLists::read(sqlite::Database &db, QString *error)
{
    TextLists lists = defaults();
    sqlite::Statement stored = db.prepare(u"SELECT name, content FROM text_list"_s);
    while (stored.next()) {
        if (const std::optional<TextListKind> kind = textListKind(stored.columnText(0)))
            lists.setText(*kind, stored.columnText(1), false);
    }
    if (stored.failed() || !stored.isValid()) {
        if (error)
            *error = Messages::tr("Cannot read the word lists of the workspace: %1").arg(db.errorString());
        return std::nullopt;
    }
    return lists;
}

void TextLists::setText(TextListKind kind, const QString &text, bool isDefault)
{
    m_texts[int(kind)] = text;
    m_default[int(kind)] = isDefault;
    switch (kind) {
    case TextListKind::Terms:
        m_terms = parseTerms(text);
        break;
    case TextListKind::StopWords:
        m_stopWords = parseStopWords(text);
        break;
    case TextListKind::Tags:
        m_tagRules = parseTagRules(text);
        break;
    }
}

QString TextLists::text(TextListKind kind) const
{
    return m_texts[int(kind)];
}

bool TextLists::isDefault(TextListKind kind) const
{
    return m_default[int(kind)];
}

qint64 TextLists::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(kTextRulesVersion));
    hash.addData(QByteArray::number(Dictionary::builtIn().digest()));
    for (const QString &text : m_texts) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(bytes);
    }
    const QByteArray digest = hash.result();
    qint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value & std::numeric_limits<qint64>::max(); // agg_state holds signed integers
}

bool writeTextList(sqlite::Database &db, TextListKind kind, const QString &text, QList<TextListProblem> *problems,
                   QString *error)
{
    QList<TextListProblem> found;
    if (text.size() > kMaxListBytes) {
        found.append({0, Messages::tr("the list is larger than %1 MB").arg(kMaxListBytes / (1024 * 1024))});
    } else {
        switch (kind) {
        case TextListKind::Terms:
            parseTerms(text, &found);
            break;
        case TextListKind::StopWords:
            parseStopWords(text, &found);
            break;
        case TextListKind::Tags:
            parseTagRules(text, &found);
            break;
        }
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }
    sqlite::Statement write = db.prepare(
        u"INSERT INTO text_list(name, content, changed_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(name) DO UPDATE SET content = excluded.content, changed_at = excluded.changed_at"_s);
    write.bindText(1, textListName(kind));
    write.bindText(2, text);
    write.bindText(3, QDateTime::currentDateTime().toString(Qt::ISODate));
    if (!write.exec()) {
        if (error)
            *error = Messages::tr("Cannot store the word list in the workspace: %1").arg(db.errorString());
        return false;
    }
    return true;
}

bool writeTextLists(sqlite::Database &db, const std::array<std::optional<QString>, 3> &texts, QString *error)
{
    if (!db.exec(u"SAVEPOINT cx_text_lists"_s)) {
        if (error)
            *error = Messages::tr("Cannot store the word lists in the workspace: %1").arg(db.errorString());
        return false;
    }
    for (TextListKind kind : textListKinds()) {
        const std::optional<QString> &text = texts[std::size_t(kind)];
        QList<TextListProblem> problems;
        const bool written = text ? writeTextList(db, kind, *text, &problems, error) : resetTextList(db, kind, error);
        if (!written) {
            if (error && !problems.isEmpty())
                *error = Messages::tr("Cannot store %1: line %2: %3", "%1: the user dictionary, the stop words or the pain-point tag rules")
                             .arg(textListTitle(kind))
                             .arg(problems.constFirst().line)
                             .arg(problems.constFirst().reason);
            db.exec(u"ROLLBACK TO cx_text_lists; RELEASE cx_text_lists"_s);
            return false;
        }
    }
    if (!db.exec(u"RELEASE cx_text_lists"_s)) {
        if (error)
            *error = Messages::tr("Cannot store the word lists in the workspace: %1").arg(db.errorString());
        db.exec(u"ROLLBACK TO cx_text_lists; RELEASE cx_text_lists"_s);
        return false;
    }
    return true;
}

bool resetTextList(sqlite::Database &db, TextListKind kind, QString *error)
{
    sqlite::Statement remove = db.prepare(u"DELETE FROM text_list WHERE name = ?1"_s);
    remove.bindText(1, textListName(kind));
    if (!remove.exec()) {
        if (error)
            *error = Messages::tr("Cannot reset the word list of the workspace: %1").arg(db.errorString());
        return false;
    }
    return true;
}

std::optional<QString> readTextListFile(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<QString>();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Messages::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxListBytes)
        return fail(Messages::tr("%1 is larger than a word list may be (%2 MB).")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(kMaxListBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    const EncodingDetector::Result encoding = EncodingDetector::detect(bytes);
    QStringDecoder decoder = EncodingDetector::decoder(encoding.encoding);
    if (!decoder.isValid())
        return fail(Messages::tr("Cannot read %1: its encoding %2 is not supported.")
                        .arg(QDir::toNativeSeparators(path), encoding.encoding));
    QString text = decoder.decode(QByteArrayView(bytes).sliced(encoding.bomLength));
    if (decoder.hasError())
        return fail(Messages::tr("%1 is not readable text in %2; save it as UTF-8.")
                        .arg(QDir::toNativeSeparators(path), encoding.encoding));
    return text;
}

} // namespace cx
