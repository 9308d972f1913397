#include "text/painpointtagger.h"

#include "import/textnormalize.h"

#include <QHash>

#include <algorithm>

namespace cx {

namespace {

// Half-width, Latin letters in lower case: how texts and phrases are compared.
char16_t folded(char16_t c)
{
    c = toHalfWidth(c);
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

QString foldedText(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = QChar(folded(text[i].unicode()));
    return out;
}

} // namespace

PainPointTagger::PainPointTagger(const QList<TagRule> &rules)
{
    QStringList phrases;
    QHash<QString, int> numberOf;
    for (const TagRule &rule : rules) {
        const int tag = int(m_tags.size());
        m_tags << rule.tag;
        const auto add = [&](const QString &phrase, bool exception) {
            const QString key = foldedText(phrase);
            auto it = numberOf.constFind(key);
            if (it == numberOf.constEnd()) {
                if (phrases.size() >= WordTrie::kMaxNumbered)
                    return;
                it = numberOf.insert(key, int(phrases.size()));
                phrases << key;
                m_uses.emplace_back();
            }
            m_uses[std::size_t(*it)].push_back({tag, exception});
        };
        for (const QString &phrase : rule.phrases)
            add(phrase, false);
        for (const QString &phrase : rule.exceptions)
            add(phrase, true);
    }
    m_phrases = WordTrie::fromData(WordTrie::buildNumbered(phrases));
}

const std::vector<int> &PainPointTagger::tag(QStringView text)
{
    m_result.clear();
    m_matches.clear();
    m_text.resize(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        m_text[std::size_t(i)] = folded(text[i].unicode());
    const QStringView folded(m_text.data(), qsizetype(m_text.size()));
    for (qsizetype i = 0; i < folded.size(); ++i) {
        m_phrases.forEachNumberedPrefix(folded.sliced(i), [&](qsizetype length, int number) {
            for (const Use &use : m_uses[std::size_t(number)])
                m_matches.push_back({i, i + length, use.tag, use.exception});
        });
    }
    for (const Match &match : m_matches) {
        if (match.exception)
            continue;
        const bool excepted = std::any_of(m_matches.begin(), m_matches.end(), [&](const Match &other) {
            return other.exception && other.tag == match.tag && other.start <= match.start && other.end >= match.end;
        });
        if (!excepted)
            m_result.push_back(match.tag);
    }
    std::sort(m_result.begin(), m_result.end());
    m_result.erase(std::unique(m_result.begin(), m_result.end()), m_result.end());
    return m_result;
}

QStringList PainPointTagger::tagNames(QStringView text)
{
    QStringList names;
    for (int tag : tag(text))
        names << m_tags.at(tag);
    return names;
}

} // namespace cx
