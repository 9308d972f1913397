#pragma once

#include "text/segmenter.h"
#include "text/textlists.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace cx {

/// Splits complaint texts into keywords for the hotspot lists (热点关键词).
///
/// Words come from the dictionary segmenter (Segmenter) over jieba's
/// dictionary and the workspace's telecom terms. A word is a keyword
/// candidate when it is not a stop word and
/// - has at least two characters (a Chinese word, or Latin letters and digits:
///   5G, 4K, 100M, APP), or
/// - is a telecom term, whatever its length (卡, 慢, 10086).
/// Single characters and plain numbers (48, 15) that are no term are left out.
///
/// Two candidates next to each other (no other word, space or punctuation
/// between) also give a pair "first second" (one space between the parts),
/// from which the hotspot ranking makes phrases such as 播放卡顿 where the
/// two words belong together (see rankKeywords() in text/keywordranking.h).
///
/// Not thread-safe: use one extractor per thread.
class KeywordExtractor
{
public:
    /// An extractor with the built-in lists.
    KeywordExtractor();
    /// An extractor with a workspace's terms and stop words.
    explicit KeywordExtractor(const TextLists &lists);
    KeywordExtractor(std::shared_ptr<const Dictionary> dictionary, QSet<QString> stopWords);

    /// The distinct candidates of a text in order of first appearance, then
    /// its distinct pairs (a text counts once per keyword: keyword ranks are
    /// document counts).
    QStringList keywords(QStringView text);
    /// The same as views into the extractor's buffers, valid until the next
    /// call: what the aggregate fold reads for each distinct text, without a
    /// string allocated per keyword.
    const std::vector<QStringView> &keywordViews(QStringView text);

    /// Whether a keyword is a pair of two words, and its parts.
    static bool isPair(QStringView keyword) { return keyword.contains(u' '); }
    static QStringView firstOfPair(QStringView pair) { return pair.left(pair.indexOf(u' ')); }
    static QStringView secondOfPair(QStringView pair) { return pair.sliced(pair.indexOf(u' ') + 1); }
    /// A keyword as shown: a pair's parts joined (播放卡顿), with the space
    /// kept only between two Latin or digit ends (iPhone 15).
    static QString displayText(QStringView keyword);

    Segmenter &segmenter() { return m_segmenter; }

private:
    bool isCandidate(const Token &token) const;

    Segmenter m_segmenter;
    WordTrie m_stopWords; ///< looked up in place, without a string per token
    std::vector<QStringView> m_keywords;
    std::vector<char16_t> m_pairText; ///< the pairs of the last text, one after the other
    std::vector<std::pair<std::int32_t, std::int32_t>> m_pairs; ///< ranges of m_pairText
};

} // namespace cx
