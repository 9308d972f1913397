#include "text/keywordextractor.h"

#include <algorithm>

namespace cx {

namespace {

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

} // namespace

KeywordExtractor::KeywordExtractor()
    : KeywordExtractor(TextLists::defaults())
{
}

KeywordExtractor::KeywordExtractor(const TextLists &lists)
    : KeywordExtractor(std::make_shared<const Dictionary>(lists.terms()), lists.stopWords())
{
}

KeywordExtractor::KeywordExtractor(std::shared_ptr<const Dictionary> dictionary, QSet<QString> stopWords)
    : m_segmenter(std::move(dictionary))
{
    QList<WeightedWord> words;
    words.reserve(stopWords.size());
    for (const QString &word : stopWords)
        words.append({word, 0});
    m_stopWords = WordTrie::fromData(WordTrie::build(std::move(words)));
}

QString KeywordExtractor::displayText(QStringView keyword)
{
    if (!isPair(keyword))
        return keyword.toString();
    const QStringView first = firstOfPair(keyword);
    const QStringView second = secondOfPair(keyword);
    if (!first.isEmpty() && !second.isEmpty() && isAsciiAlnum(first.back()) && isAsciiAlnum(second.front()))
        return keyword.toString();
    return first.toString().append(second);
}

bool KeywordExtractor::isCandidate(const Token &token) const
{
    if (!token.term && (token.length < 2 || token.kind == TokenKind::Number))
        return false;
    return !m_stopWords.contains(m_segmenter.textOf(token));
}

QStringList KeywordExtractor::keywords(QStringView text)
{
    QStringList out;
    for (QStringView keyword : keywordViews(text))
        out << keyword.toString();
    return out;
}

const std::vector<QStringView> &KeywordExtractor::keywordViews(QStringView text)
{
    m_keywords.clear();
    m_pairText.clear();
    m_pairs.clear();
    const auto contains = [](const auto &begin, const auto &end, QStringView word) {
        return std::find(begin, end, word) != end;
    };
    const std::vector<Token> &tokens = m_segmenter.segment(text);
    const Token *previous = nullptr; // the candidate just before, when nothing lies between
    for (const Token &token : tokens) {
        if (!isCandidate(token)) {
            previous = nullptr;
            continue;
        }
        const QStringView word = m_segmenter.textOf(token);
        if (!contains(m_keywords.cbegin(), m_keywords.cend(), word))
            m_keywords.push_back(word);
        if (previous && previous->end() == token.start) {
            // "first second"; its views are taken once m_pairText stops growing.
            const QStringView first = m_segmenter.textOf(*previous);
            const auto start = std::int32_t(m_pairText.size());
            m_pairText.insert(m_pairText.end(), first.utf16(), first.utf16() + first.size());
            m_pairText.push_back(u' ');
            m_pairText.insert(m_pairText.end(), word.utf16(), word.utf16() + word.size());
            m_pairs.emplace_back(start, std::int32_t(m_pairText.size()) - start);
        }
        previous = &token;
    }
    const std::size_t words = m_keywords.size();
    for (const auto &[start, length] : m_pairs) {
        const QStringView pair(m_pairText.data() + start, length);
        if (!contains(m_keywords.cbegin() + qsizetype(words), m_keywords.cend(), pair))
            m_keywords.push_back(pair);
    }
    return m_keywords;
}

} // namespace cx
