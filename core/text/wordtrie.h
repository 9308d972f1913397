#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace cx {

/// A word and its log-probability (natural log, ≤ 0) for a WordTrie.
struct WeightedWord
{
    QString word;
    double logProbability = 0;
};

/// A set of words, each with a log-probability, laid out as a trie in one
/// flat byte array that is read in place: a trie over a Qt resource costs no
/// copy and no parsing, only a check of its sizes.
///
/// Layout (native-endian 32-bit words, 16-bit arrays padded to 4 bytes):
/// a header (magic "CXWT", format version, node count, word count, longest
/// word, the source's total frequency, a 64-bit digest of the source), then a table of the 65,536 UTF-16
/// code units giving the node of each first character (0: none), then
/// `first[nodes + 1]`, `labels[nodes]` (UTF-16 code units) and
/// `costs[nodes]`. Nodes are in breadth-first order with the children of a
/// node sorted by label, so the children of node k are the nodes
/// first[k] … first[k + 1] − 1; node 0 is the root. A cost is
/// −log-probability × 1024 rounded, 0xFFFF for a node that only prefixes words.
class WordTrie
{
public:
    /// An empty trie.
    WordTrie() = default;

    /// A trie over bytes made by build(), kept alive by the trie (a
    /// QByteArray from QByteArray::fromRawData() over a resource is not
    /// copied). An empty trie with `error` set when the bytes are no trie.
    static WordTrie fromData(const QByteArray &bytes, QString *error = nullptr);

    /// The bytes of a trie holding `words` (sorted and de-duplicated here; of
    /// two entries of one word the last wins; empty words are left out).
    /// `sourceDigest` and `sourceTotal` are stored for digest() and sourceTotal().
    static QByteArray build(QList<WeightedWord> words, quint64 sourceDigest = 0, quint32 sourceTotal = 0);
    /// The bytes of a trie numbering its words instead: the i-th word (at
    /// most kMaxNumbered of them) has the number i (forEachNumberedPrefix()).
    static QByteArray buildNumbered(const QStringList &words);
    static constexpr qsizetype kMaxNumbered = 0xFFFE;

    bool isEmpty() const { return m_wordCount == 0; }
    qsizetype wordCount() const { return m_wordCount; }
    /// Length in UTF-16 code units of the longest word.
    int maxLength() const { return m_maxLength; }
    /// What build() was given as the digest of the trie's source.
    quint64 digest() const { return m_digest; }
    /// What build() was given as the total frequency of the source's words
    /// (log-probabilities are frequencies divided by it).
    quint32 sourceTotal() const { return m_total; }

    /// Calls `found(length, logProbability)` for every word that `text`
    /// starts with, shortest first.
    template<typename Found>
    void forEachPrefix(QStringView text, Found &&found) const
    {
        walk(text, [&](qsizetype length, std::uint16_t cost) { found(length, logProbabilityOf(cost)); });
    }
    /// Calls `found(length, number)` for every word of a buildNumbered() trie
    /// that `text` starts with, shortest first.
    template<typename Found>
    void forEachNumberedPrefix(QStringView text, Found &&found) const
    {
        walk(text, [&](qsizetype length, std::uint16_t cost) { found(length, int(cost)); });
    }

    /// The log-probability of a word; NaN when it is not in the trie.
    double logProbability(QStringView word) const;
    bool contains(QStringView word) const;

    /// Every word in code-unit order with its log-probability (for tests
    /// and exports; slow).
    QList<WeightedWord> words() const;

private:
    static constexpr std::uint16_t kNotAWord = 0xFFFF;
    template<typename Found>
    void walk(QStringView text, Found &&found) const
    {
        if (isEmpty() || text.isEmpty())
            return;
        std::uint32_t node = m_root[text.front().unicode()];
        qsizetype length = 1;
        while (node != 0) {
            if (const std::uint16_t cost = m_costs[node]; cost != kNotAWord)
                found(length, cost);
            if (length == text.size())
                return;
            node = child(node, text[length].unicode());
            ++length;
        }
    }
    static double logProbabilityOf(std::uint16_t cost) { return -double(cost) / 1024.0; }
    std::uint32_t child(std::uint32_t node, char16_t label) const;
    std::uint32_t find(QStringView word) const;

    QByteArray m_bytes;
    const std::uint32_t *m_root = nullptr;
    const std::uint32_t *m_first = nullptr;
    const char16_t *m_labels = nullptr;
    const std::uint16_t *m_costs = nullptr;
    std::uint32_t m_nodeCount = 0;
    qsizetype m_wordCount = 0;
    int m_maxLength = 0;
    quint32 m_total = 0;
    quint64 m_digest = 0;
};

} // namespace cx
