#include "text/keywordextractor.h"

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
    , m_stopWords(std::move(stopWords))
{
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
    return !m_stopWords.contains(m_segmenter.textOf(token).toString());
}

QStringList KeywordExtractor::keywords(QStringView text)
{
    QStringList words;
    QStringList pairs;
    const std::vector<Token> &tokens = m_segmenter.segment(text);
    const Token *previous = nullptr; // the candidate just before, when nothing lies between
    for (const Token &token : tokens) {
        if (!isCandidate(token)) {
            previous = nullptr;
            continue;
        }
        const QString word = m_segmenter.textOf(token).toString();
        if (!words.contains(word))
            words << word;
        if (previous && previous->end() == token.start) {
            const QString pair = m_segmenter.textOf(*previous).toString().append(u' ').append(word);
            if (!pairs.contains(pair))
                pairs << pair;
        }
        previous = &token;
    }
    return words + pairs;
}

} // namespace cx
