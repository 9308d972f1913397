#include "analytics/keywords.h"

#include "import/defaultsfile.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Characters that end a run of one-character words: function words that are
// never the first or last character of a keyword.
bool breaksRun(QChar c)
{
    static const QString breakers = u"的了和是在也还就都而及与或被把让向给对从很太又再才只不没说有"_s;
    return breakers.contains(c);
}

bool isDigits(QStringView word)
{
    for (QChar c : word)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

KeywordExtractor::KeywordExtractor()
    : KeywordExtractor(defaultStopWords())
{
}

KeywordExtractor::KeywordExtractor(QSet<QString> stopWords)
    : m_stopWords(std::move(stopWords))
{
    UErrorCode status = U_ZERO_ERROR;
    m_iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status))
        m_iterator.reset();
}

KeywordExtractor::~KeywordExtractor() = default;

QSet<QString> KeywordExtractor::defaultStopWords()
{
    QSet<QString> words;
    const QString text = QString::fromUtf8(readDefaultsFile(u"stopwords_zh.txt"_s));
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            words.insert(line.toString());
    }
    return words;
}

void KeywordExtractor::addCandidate(QStringView word, QStringList &out) const
{
    if (word.size() < 2 || isDigits(word))
        return;
    const QString text = word.toString();
    if (!m_stopWords.contains(text) && !out.contains(text))
        out << text;
}

QStringList KeywordExtractor::keywords(QStringView text)
{
    QStringList out;
    if (!m_iterator || text.isEmpty())
        return out;
    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    m_iterator->setText(utext, status);
    if (U_FAILURE(status)) {
        utext_close(utext);
        return out;
    }

    // A run of one-character ideographic words: two characters are one word
    // (卡顿); three are taken whole and by their first two (工信部, 网速慢 and
    // 网速); longer runs as consecutive pairs (宽带|网速), since most Chinese
    // words have two characters.
    qsizetype runStart = -1;
    qsizetype runEnd = -1;
    const auto flushRun = [&] {
        const qsizetype length = runEnd - runStart;
        if (runStart >= 0 && length >= 2) {
            if (length <= 3) {
                addCandidate(text.sliced(runStart, length), out);
                if (length == 3)
                    addCandidate(text.sliced(runStart, 2), out);
            } else {
                for (qsizetype i = runStart; i + 2 <= runEnd; i += 2)
                    addCandidate(text.sliced(i, 2), out);
            }
        }
        runStart = runEnd = -1;
    };

    int32_t start = m_iterator->first();
    for (int32_t end = m_iterator->next(); end != icu::BreakIterator::DONE; start = end, end = m_iterator->next()) {
        const int32_t rule = m_iterator->getRuleStatus();
        const QStringView word = text.sliced(start, end - start);
        if (rule < UBRK_WORD_LETTER) { // spaces, punctuation, plain numbers
            flushRun();
            continue;
        }
        const bool oneIdeograph = rule >= UBRK_WORD_IDEO && word.size() == 1;
        if (oneIdeograph && !breaksRun(word.front())) {
            if (runStart < 0)
                runStart = start;
            runEnd = end;
            continue;
        }
        flushRun();
        if (!oneIdeograph)
            addCandidate(word, out);
    }
    flushRun();
    utext_close(utext);
    return out;
}

} // namespace cx
