#include "text/keywordranking.h"

#include "text/keywordextractor.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cx {

KeywordVocabulary KeywordVocabulary::fromKeywords(const QStringList &keywords)
{
    KeywordVocabulary v;
    v.keywords = keywords;
    v.first.assign(std::size_t(keywords.size()), -1);
    v.second.assign(std::size_t(keywords.size()), -1);
    QHash<QString, int> indexOf;
    for (qsizetype i = 0; i < keywords.size(); ++i)
        indexOf.insert(keywords.at(i), int(i));
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        const QString &keyword = keywords.at(i);
        v.display << KeywordExtractor::displayText(keyword);
        if (keyword.isEmpty())
            v.documents = int(i);
        if (!KeywordExtractor::isPair(keyword))
            continue;
        const int first = indexOf.value(KeywordExtractor::firstOfPair(keyword).toString(), -1);
        const int second = indexOf.value(KeywordExtractor::secondOfPair(keyword).toString(), -1);
        if (first >= 0 && second >= 0) {
            v.first[std::size_t(i)] = first;
            v.second[std::size_t(i)] = second;
        }
    }
    return v;
}

QList<RankedKeyword> rankKeywords(const KeywordVocabulary &vocabulary, const std::vector<std::uint32_t> &touched,
                                  const std::vector<qint64> &categoryCounts, qint64 categoryDocuments,
                                  const std::vector<qint64> &corpusCounts, qint64 corpusDocuments, int count,
                                  const PhraseRule &rule)
{
    QList<RankedKeyword> result;
    if (categoryDocuments <= 0 || corpusDocuments <= 0 || count <= 0)
        return result;
    const double documents = double(corpusDocuments);
    const auto share = [&](int keyword) { return double(corpusCounts[std::size_t(keyword)]) / documents; };
    const auto isPhrase = [&](int pair) {
        const std::size_t k = std::size_t(pair);
        const QString &text = vocabulary.display.at(pair);
        if (corpusCounts[k] < rule.minComplaints || text.size() > rule.maxLength
            || std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x2E80; }))
            return false;
        const double both = share(pair);
        if (both >= 1)
            return true;
        const double npmi = std::log(both / (share(vocabulary.first[k]) * share(vocabulary.second[k]))) / -std::log(both);
        return npmi >= rule.minNpmi;
    };

    // Phrases first: which words they replace.
    std::vector<std::uint32_t> phrases;
    std::vector<std::uint32_t> replaced;
    for (std::uint32_t keyword : touched) {
        const int k = int(keyword);
        if (!vocabulary.isPair(k) || !isPhrase(k))
            continue;
        phrases.push_back(keyword);
        for (int part : {vocabulary.first[keyword], vocabulary.second[keyword]})
            if (2 * categoryCounts[keyword] >= categoryCounts[std::size_t(part)])
                replaced.push_back(std::uint32_t(part));
    }

    std::sort(phrases.begin(), phrases.end());
    std::sort(replaced.begin(), replaced.end());

    struct Scored
    {
        std::uint32_t keyword;
        double score;
    };
    std::vector<Scored> scored;
    scored.reserve(touched.size());
    for (std::uint32_t keyword : touched) {
        const int k = int(keyword);
        if (k == vocabulary.documents || vocabulary.keywords.at(k).isEmpty())
            continue;
        if (vocabulary.isPair(k) ? !std::binary_search(phrases.begin(), phrases.end(), keyword)
                                 : std::binary_search(replaced.begin(), replaced.end(), keyword))
            continue;
        const double tf = double(categoryCounts[keyword]) / double(categoryDocuments);
        const double idf = std::log(documents / double(std::max<qint64>(corpusCounts[keyword], 1)));
        scored.push_back({keyword, tf * std::max(idf, 0.0)});
    }
    const auto order = [&](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (categoryCounts[a.keyword] != categoryCounts[b.keyword])
            return categoryCounts[a.keyword] > categoryCounts[b.keyword];
        return vocabulary.display.at(int(a.keyword)) < vocabulary.display.at(int(b.keyword));
    };
    const std::size_t keep = std::min(scored.size(), std::size_t(count));
    std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(keep), scored.end(), order);
    for (std::size_t i = 0; i < keep; ++i)
        result.append({vocabulary.display.at(int(scored[i].keyword)), categoryCounts[scored[i].keyword], scored[i].score});
    return result;
}

} // namespace cx
