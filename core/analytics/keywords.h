#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <unicode/uversion.h>

#include <memory>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace cx {

/// Splits complaint texts into keywords for the hotspot lists (热点关键词).
///
/// Words come from ICU's dictionary word break for Chinese. ICU's dictionary
/// does not know much of the domain vocabulary and leaves words such as 卡顿,
/// 网速 or 客服 as single characters, so runs of consecutive one-character
/// ideographic words are joined back (two or three characters as one word,
/// three also by their first two, longer runs as pairs; a run stops at
/// common function characters such as 的, 了, 和). A keyword then has at least two
/// characters, is not only digits and is not a stop word (by default the list
/// in `:/defaults/stopwords_zh.txt`: function words and the boilerplate every
/// complaint shares, e.g. 客户, 要求, 尽快处理).
///
/// Not thread-safe: use one extractor per thread.
class KeywordExtractor
{
public:
    /// An extractor with the default stop words.
    KeywordExtractor();
    explicit KeywordExtractor(QSet<QString> stopWords);
    ~KeywordExtractor();
    KeywordExtractor(const KeywordExtractor &) = delete;
    KeywordExtractor &operator=(const KeywordExtractor &) = delete;

    /// The distinct keywords of a text in order of first appearance
    /// (a text counts once per keyword: keyword ranks are document counts).
    QStringList keywords(QStringView text);

    /// The stop words of `:/defaults/stopwords_zh.txt`.
    static QSet<QString> defaultStopWords();

private:
    void addCandidate(QStringView word, QStringList &out) const;

    std::unique_ptr<icu::BreakIterator> m_iterator;
    QSet<QString> m_stopWords;
};

} // namespace cx
