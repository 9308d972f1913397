#include "text/wordtrie.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace cx {

namespace {

constexpr std::uint32_t kMagic = 0x54575843; // "CXWT"
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kHeaderWords = 8;
constexpr std::size_t kRootEntries = 0x10000;

struct Layout
{
    std::size_t root = 0, first = 0, labels = 0, costs = 0, total = 0;
};

std::size_t padded(std::size_t bytes)
{
    return (bytes + 3) & ~std::size_t(3);
}

Layout layoutFor(std::size_t nodes)
{
    Layout l;
    l.root = kHeaderWords * 4;
    l.first = l.root + kRootEntries * 4;
    l.labels = l.first + (nodes + 1) * 4;
    l.costs = l.labels + padded(nodes * 2);
    l.total = l.costs + padded(nodes * 2);
    return l;
}

bool lessUtf16(const QString &a, const QString &b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

std::uint16_t costOf(double logProbability)
{
    const double cost = std::round(-logProbability * 1024.0);
    return std::uint16_t(std::clamp(cost, 0.0, double(0xFFFE)));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cx::WordTrie", text);
}

} // namespace

QByteArray WordTrie::build(QList<WeightedWord> words, quint64 sourceDigest, quint32 sourceTotal)
{
    words.removeIf([](const WeightedWord &w) { return w.word.isEmpty(); });
    std::stable_sort(words.begin(), words.end(),
                     [](const WeightedWord &a, const WeightedWord &b) { return lessUtf16(a.word, b.word); });
    // Of equal words keep the last given.
    QList<WeightedWord> unique;
    unique.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        if (i + 1 == words.size() || words[i].word != words[i + 1].word)
            unique << words[i];

    int maxLength = 0;
    for (const WeightedWord &w : std::as_const(unique))
        maxLength = std::max(maxLength, int(w.word.size()));

    // Level by level: the nodes of depth d are the distinct prefixes of length
    // d in sorted order, which is breadth-first order with the children of a
    // node contiguous and sorted.
    std::vector<char16_t> labels{0};
    std::vector<std::uint16_t> costs{kNotAWord};
    std::vector<std::uint32_t> childCount{0};
    std::vector<std::uint32_t> nodeOf(std::size_t(unique.size()), 0); // node of each word's prefix so far
    for (int depth = 1; depth <= maxLength; ++depth) {
        std::uint32_t previousParent = 0;
        char16_t previousLabel = 0;
        bool any = false;
        std::uint32_t node = 0;
        for (qsizetype i = 0; i < unique.size(); ++i) {
            const QString &word = unique[i].word;
            if (word.size() < depth)
                continue;
            const std::uint32_t parent = nodeOf[std::size_t(i)];
            const char16_t label = word[depth - 1].unicode();
            if (!any || parent != previousParent || label != previousLabel) {
                node = std::uint32_t(labels.size());
                labels.push_back(label);
                costs.push_back(kNotAWord);
                childCount.push_back(0);
                ++childCount[parent];
            }
            any = true;
            previousParent = parent;
            previousLabel = label;
            if (word.size() == depth)
                costs[node] = costOf(unique[i].logProbability);
            nodeOf[std::size_t(i)] = node;
        }
    }

    const std::size_t nodes = labels.size();
    const Layout layout = layoutFor(nodes);
    QByteArray bytes(qsizetype(layout.total), '\0');
    auto *words32 = reinterpret_cast<std::uint32_t *>(bytes.data());
    words32[0] = kMagic;
    words32[1] = kVersion;
    words32[2] = std::uint32_t(nodes);
    words32[3] = std::uint32_t(unique.size());
    words32[4] = std::uint32_t(maxLength);
    words32[5] = sourceTotal;
    words32[6] = std::uint32_t(sourceDigest & 0xFFFFFFFFu);
    words32[7] = std::uint32_t(sourceDigest >> 32);
    auto *first = reinterpret_cast<std::uint32_t *>(bytes.data() + layout.first);
    first[0] = 1;
    for (std::size_t k = 0; k < nodes; ++k)
        first[k + 1] = first[k] + childCount[k];
    auto *root = reinterpret_cast<std::uint32_t *>(bytes.data() + layout.root);
    for (std::uint32_t k = first[0]; k < (nodes > 1 ? first[1] : 1); ++k)
        root[labels[k]] = k;
    std::memcpy(bytes.data() + layout.labels, labels.data(), nodes * 2);
    std::memcpy(bytes.data() + layout.costs, costs.data(), nodes * 2);
    return bytes;
}

QByteArray WordTrie::buildNumbered(const QStringList &words)
{
    QList<WeightedWord> numbered;
    for (qsizetype i = 0; i < words.size() && i < kMaxNumbered; ++i)
        numbered.append({words.at(i), -double(i) / 1024.0}); // cost = the number, exactly
    return build(numbered);
}

WordTrie WordTrie::fromData(const QByteArray &bytes, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return WordTrie();
    };
    if (std::size_t(bytes.size()) < kHeaderWords * 4)
        return fail(tr("The word list is too short to be one (%1 bytes).").arg(bytes.size()));
    QByteArray data = bytes;
    // Read in place when aligned (resources and QByteArray buffers are);
    // an unaligned view is copied once.
    if (reinterpret_cast<std::uintptr_t>(data.constData()) % alignof(std::uint32_t) != 0)
        data = QByteArray(bytes.constData(), bytes.size());
    const auto *header = reinterpret_cast<const std::uint32_t *>(data.constData());
    if (header[0] != kMagic || header[1] != kVersion)
        return fail(tr("The word list has an unknown format."));
    const std::size_t nodes = header[2];
    const Layout layout = layoutFor(nodes);
    if (nodes == 0 || nodes > std::numeric_limits<std::uint32_t>::max() / 8 || layout.total != std::size_t(data.size()))
        return fail(tr("The word list's size (%1 bytes) does not match its header.").arg(data.size()));

    WordTrie trie;
    trie.m_root = reinterpret_cast<const std::uint32_t *>(data.constData() + layout.root);
    trie.m_first = reinterpret_cast<const std::uint32_t *>(data.constData() + layout.first);
    trie.m_labels = reinterpret_cast<const char16_t *>(data.constData() + layout.labels);
    trie.m_costs = reinterpret_cast<const std::uint16_t *>(data.constData() + layout.costs);
    // Children come after their parent and every index stays inside the
    // array, so that a lookup can neither loop nor read out of bounds.
    if (trie.m_first[0] != 1 || trie.m_first[nodes] != nodes)
        return fail(tr("The word list is damaged."));
    for (std::size_t k = 0; k < nodes; ++k)
        if (trie.m_first[k + 1] < trie.m_first[k] || (trie.m_first[k + 1] > trie.m_first[k] && trie.m_first[k] <= k))
            return fail(tr("The word list is damaged."));
    for (std::size_t c = 0; c < kRootEntries; ++c)
        if (trie.m_root[c] >= nodes || (trie.m_root[c] != 0 && trie.m_labels[trie.m_root[c]] != c))
            return fail(tr("The word list is damaged."));
    trie.m_nodeCount = std::uint32_t(nodes);
    trie.m_wordCount = qsizetype(header[3]);
    trie.m_maxLength = int(header[4]);
    trie.m_total = header[5];
    trie.m_digest = quint64(header[6]) | (quint64(header[7]) << 32);
    trie.m_bytes = std::move(data);
    return trie;
}

std::uint32_t WordTrie::child(std::uint32_t node, char16_t label) const
{
    const char16_t *begin = m_labels + m_first[node];
    const char16_t *end = m_labels + m_first[node + 1];
    if (end - begin <= 8) {
        for (const char16_t *it = begin; it != end; ++it)
            if (*it == label)
                return std::uint32_t(it - m_labels);
        return 0;
    }
    const char16_t *it = std::lower_bound(begin, end, label);
    return it != end && *it == label ? std::uint32_t(it - m_labels) : 0;
}

std::uint32_t WordTrie::find(QStringView word) const
{
    if (isEmpty() || word.isEmpty())
        return 0;
    std::uint32_t node = m_root[word.front().unicode()];
    for (qsizetype i = 1; node != 0 && i < word.size(); ++i)
        node = child(node, word[i].unicode());
    return node != 0 && m_costs[node] != kNotAWord ? node : 0;
}

double WordTrie::logProbability(QStringView word) const
{
    const std::uint32_t node = find(word);
    return node != 0 ? logProbabilityOf(m_costs[node]) : std::numeric_limits<double>::quiet_NaN();
}

bool WordTrie::contains(QStringView word) const
{
    return find(word) != 0;
}

QList<WeightedWord> WordTrie::words() const
{
    QList<WeightedWord> result;
    if (isEmpty())
        return result;
    // Depth-first from each node, building the prefix as we go.
    QString prefix;
    const auto visit = [&](auto &self, std::uint32_t node) -> void {
        prefix.append(QChar(m_labels[node]));
        if (m_costs[node] != kNotAWord)
            result.append({prefix, logProbabilityOf(m_costs[node])});
        for (std::uint32_t c = m_first[node]; c < m_first[node + 1]; ++c)
            self(self, c);
        prefix.chop(1);
    };
    for (std::uint32_t c = m_first[0]; c < m_first[1]; ++c)
        visit(visit, c);
    return result;
}

} // namespace cx
