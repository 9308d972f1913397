#pragma once

#include "text/textlists.h"
#include "text/wordtrie.h"

#include <QList>
#include <QStringView>

namespace cx {

/// The words the segmenter knows: jieba's dictionary (349,046 words with
/// frequencies, built into cxcore at build time from the python3-jieba
/// package; MIT licence, see resources/licenses/jieba.txt) and a list of
/// domain terms (the workspace's telecom terms).
///
/// A term's log-probability is ln(frequency ÷ the dictionary's total
/// frequency), like a dictionary word's; where a word is both, the higher
/// of the two counts. Immutable, so one dictionary can serve several threads.
class Dictionary
{
public:
    explicit Dictionary(const QList<Term> &terms);

    /// jieba's dictionary, read in place from `:/text/jieba.trie`; empty
    /// only in a broken build.
    static const WordTrie &builtIn();

    const WordTrie &words() const { return builtIn(); }
    const WordTrie &terms() const { return m_terms; }
    bool isTerm(QStringView word) const { return m_terms.contains(word); }
    /// The log-probability of a character or word the dictionary lacks (frequency 1).
    double unknownLogProbability() const { return m_unknown; }

private:
    WordTrie m_terms;
    double m_unknown = 0;
};

} // namespace cx
