#include "text/dictionary.h"

#include <QResource>

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The total of jieba's frequencies when the built-in dictionary is missing,
// so that terms still get sensible log-probabilities.
constexpr double kFallbackTotal = 60101964;

} // namespace

const WordTrie &Dictionary::builtIn()
{
    static const WordTrie trie = [] {
        // The resource is stored uncompressed: its bytes are used where they are.
        const QResource resource(u":/text/jieba.trie"_s);
        if (!resource.isValid())
            return WordTrie();
        const QByteArray bytes = resource.compressionAlgorithm() == QResource::NoCompression
                                     ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                                               qsizetype(resource.size()))
                                     : resource.uncompressedData();
        return WordTrie::fromData(bytes);
    }();
    return trie;
}

Dictionary::Dictionary(const QList<Term> &terms)
{
    const double total = builtIn().sourceTotal() > 0 ? double(builtIn().sourceTotal()) : kFallbackTotal;
    const double logTotal = std::log(total);
    m_unknown = -logTotal;
    QList<WeightedWord> words;
    words.reserve(terms.size());
    for (const Term &term : terms)
        words.append({term.word, std::min(0.0, std::log(term.frequency) - logTotal)});
    m_terms = WordTrie::fromData(WordTrie::build(words));
}

} // namespace cx
