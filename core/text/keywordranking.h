#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cx {

/// When a pair of adjacent words (KeywordExtractor's "first second") is a
/// phrase of its own (播放卡顿, 地下车库) rather than two words that happen
/// to meet: the pair occurs in at least `minComplaints` complaints of the
/// corpus, its normalised pointwise mutual information
///   NPMI = ln(P(ab) ÷ (P(a)·P(b))) ÷ −ln P(ab)
/// (P: share of the corpus's complaints mentioning it; 1 when the pair is
/// in every complaint) is at least `minNpmi` (1: the words only ever occur
/// together, 0: independent), and the phrase has at most `maxLength`
/// characters, all Chinese: longer runs of words that always come together
/// are the fixed sentences of a template, not a term, and a Latin or digit
/// word (5G, 4K) is a keyword of its own already.
struct PhraseRule
{
    qint64 minComplaints = 5;
    double minNpmi = 0.5;
    int maxLength = 4;
};

/// The keywords of a cube with what the ranking needs to know of each.
struct KeywordVocabulary
{
    QStringList keywords;       ///< as stored ("first second" for a pair; '' counts complaints with a text)
    QStringList display;        ///< as shown (KeywordExtractor::displayText())
    std::vector<int> first;     ///< a pair's parts as indices into keywords; -1 for a word
    std::vector<int> second;
    int documents = -1;         ///< index of the '' keyword; -1 when there is none

    static KeywordVocabulary fromKeywords(const QStringList &keywords);
    bool isPair(int keyword) const { return first[std::size_t(keyword)] >= 0; }
};

/// A keyword of a hotspot: how many of its complaints mention it, and its
/// TF-IDF weight.
struct RankedKeyword
{
    QString keyword; ///< as shown
    qint64 complaints = 0;
    double score = 0;
};

/// The keywords that distinguish a category's complaints within a corpus
/// (TF-IDF): score = tf × idf, tf = the category's complaints mentioning the
/// keyword ÷ its complaints with a text, idf = ln(the corpus's complaints
/// with a text ÷ those mentioning the keyword). A keyword every complaint of
/// the corpus mentions scores 0 and ranks last. Pairs count only when they
/// are phrases (PhraseRule); a phrase replaces a part of it when at least
/// half of the category's complaints mentioning the part mention the phrase
/// (地下车库 replaces 地下 and 车库). Ranked by score, then complaints, then
/// keyword; the `count` first are returned.
///
/// `categoryCounts` and `corpusCounts` are indexed like the vocabulary;
/// `touched` lists the keywords with a non-zero category count, each once.
QList<RankedKeyword> rankKeywords(const KeywordVocabulary &vocabulary, const std::vector<std::uint32_t> &touched,
                                  const std::vector<qint64> &categoryCounts, qint64 categoryDocuments,
                                  const std::vector<qint64> &corpusCounts, qint64 corpusDocuments, int count,
                                  const PhraseRule &rule = {});

} // namespace cx
