#pragma once

#include "text/textlists.h"
#include "text/wordtrie.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace cx {

/// Tags complaint texts with pain points (痛点标签) by rules: a text gets a
/// tag when it contains one of the tag's phrases, anywhere (also inside a
/// longer word), except where the phrase lies inside one of the tag's
/// exceptions found in the text (卡顿 inside 不卡顿 does not count; another
/// 卡顿 in the same text still does). Matching ignores the case of Latin
/// letters and reads full-width forms as half-width.
///
/// All phrases of all rules are looked up in one pass over the text, through
/// a trie of the phrases. Not thread-safe: one tagger per thread.
class PainPointTagger
{
public:
    explicit PainPointTagger(const QList<TagRule> &rules);

    /// The tag names, in the order of the rules.
    const QStringList &tags() const { return m_tags; }

    /// The tags of a text as indices into tags(), ascending; valid until the next call.
    const std::vector<int> &tag(QStringView text);
    /// The same as names (for tests and tools).
    QStringList tagNames(QStringView text);

private:
    struct Use
    {
        int tag = 0;
        bool exception = false;
    };
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int tag = 0;
        bool exception = false;
    };

    QStringList m_tags;
    WordTrie m_phrases;              ///< every phrase and exception, numbered
    std::vector<std::vector<Use>> m_uses; ///< per phrase number: the rules using it
    std::vector<char16_t> m_text;
    std::vector<Match> m_matches;
    std::vector<int> m_result;
};

} // namespace cx
