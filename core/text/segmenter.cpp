#include "text/segmenter.h"

#include "import/textnormalize.h"

#include <cmath>
#include <limits>

namespace cx {

namespace {

enum class CharClass : std::uint8_t { Separator, Chinese, Latin, Digit };

bool isChineseChar(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
           || c == 0x3007 || QChar::isSurrogate(c); // U+3007 〇; surrogates: the CJK extensions beyond the BMP
}

CharClass classOf(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return CharClass::Digit;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return CharClass::Latin;
    if (isChineseChar(c))
        return CharClass::Chinese;
    // Letters of other alphabets (é, ß, Cyrillic) behave like Latin ones.
    if (c >= 0xC0 && c < 0x2E80 && QChar::isLetterOrNumber(c))
        return CharClass::Latin;
    return CharClass::Separator;
}

constexpr double kImpossible = -std::numeric_limits<double>::infinity();

} // namespace

Segmenter::Segmenter(std::shared_ptr<const Dictionary> dictionary)
    : m_dictionary(std::move(dictionary))
{
}

const std::vector<Token> &Segmenter::segment(QStringView text)
{
    m_tokens.clear();
    m_text.resize(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        m_text[std::size_t(i)] = toHalfWidth(text[i].unicode());

    const auto n = std::int32_t(m_text.size());
    std::int32_t blockStart = -1;
    for (std::int32_t i = 0; i <= n; ++i) {
        // A decimal point between two digits stays inside the number.
        const bool inBlock = i < n
                             && (classOf(m_text[std::size_t(i)]) != CharClass::Separator
                                 || (m_text[std::size_t(i)] == u'.' && i > 0 && i + 1 < n
                                     && classOf(m_text[std::size_t(i - 1)]) == CharClass::Digit
                                     && classOf(m_text[std::size_t(i + 1)]) == CharClass::Digit));
        if (inBlock && blockStart < 0) {
            blockStart = i;
        } else if (!inBlock && blockStart >= 0) {
            segmentBlock(blockStart, i);
            blockStart = -1;
        }
    }
    return m_tokens;
}

void Segmenter::segmentBlock(std::int32_t begin, std::int32_t end)
{
    const char16_t *text = m_text.data();
    const auto size = std::size_t(end - begin);
    if (m_route.size() < size + 1) {
        m_route.resize(size + 1);
        m_length.resize(size + 1);
        m_runEnd.resize(size + 1);
    }
    const auto isLatinOrDigit = [&](std::int32_t i) {
        const CharClass c = classOf(text[i]);
        return c == CharClass::Latin || c == CharClass::Digit || text[i] == u'.';
    };
    // Runs of Latin letters and digits: where each position's run ends.
    for (std::int32_t i = end - 1; i >= begin; --i) {
        const auto k = std::size_t(i - begin);
        m_runEnd[k] = isLatinOrDigit(i) ? (i + 1 < end && m_runEnd[k + 1] != 0 ? m_runEnd[k + 1] : i + 1) : 0;
    }
    // A word may neither start nor end inside a Latin/digit run.
    const auto boundary = [&](std::int32_t i) {
        return i == begin || i == end || m_runEnd[std::size_t(i - begin)] == 0
               || m_runEnd[std::size_t(i - 1 - begin)] == 0;
    };

    const WordTrie &words = m_dictionary->words();
    const WordTrie &terms = m_dictionary->terms();
    const double unknown = m_dictionary->unknownLogProbability();
    m_route[size] = 0;
    for (std::int32_t i = end - 1; i >= begin; --i) {
        const auto k = std::size_t(i - begin);
        m_route[k] = kImpossible;
        m_length[k] = 0;
        if (!boundary(i))
            continue;
        // The step every path can take: a whole Latin/digit run, or one
        // character (a surrogate pair as one).
        std::int32_t step = 1;
        if (m_runEnd[k] != 0)
            step = m_runEnd[k] - i;
        else if (QChar::isHighSurrogate(text[i]) && i + 1 < end && QChar::isLowSurrogate(text[i + 1]))
            step = 2;
        m_route[k] = unknown + m_route[k + std::size_t(step)];
        m_length[k] = step;
        // A single character the dictionary knows steps with its own
        // probability: the walk reports it first, before any longer word.
        const bool singleStep = m_runEnd[k] == 0 && step == 1;

        const QStringView rest(text + i, end - i);
        const auto consider = [&](qsizetype length, double logProbability) {
            if (!boundary(std::int32_t(i + length)))
                return;
            const double route = logProbability + m_route[k + std::size_t(length)];
            if (route > m_route[k] || (route == m_route[k] && length > m_length[k])) { // ties: the longer word
                m_route[k] = route;
                m_length[k] = std::int32_t(length);
            }
        };
        words.forEachPrefix(rest, [&](qsizetype length, double logProbability) {
            if (length == 1 && singleStep)
                m_route[k] = logProbability + m_route[k + 1];
            else
                consider(length, logProbability);
        });
        terms.forEachPrefix(rest, consider);
    }

    for (std::int32_t i = begin; i < end;) {
        const auto k = std::size_t(i - begin);
        const std::int32_t length = m_length[k];
        bool chinese = false;
        bool latin = false;
        bool letters = false;
        for (std::int32_t j = i; j < i + length; ++j) {
            const CharClass c = classOf(text[j]);
            chinese = chinese || c == CharClass::Chinese;
            latin = latin || c != CharClass::Chinese;
            letters = letters || c == CharClass::Latin;
        }
        const TokenKind kind = chinese && latin ? TokenKind::Mixed
                               : chinese        ? TokenKind::Chinese
                               : letters        ? TokenKind::Latin
                                                : TokenKind::Number;
        m_tokens.push_back({i, length, kind, m_dictionary->isTerm(QStringView(text + i, length))});
        i += length;
    }
}

QStringList Segmenter::words(QStringView text)
{
    QStringList out;
    for (const Token &token : segment(text))
        out << textOf(token).toString();
    return out;
}

} // namespace cx
