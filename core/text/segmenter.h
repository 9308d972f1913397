#pragma once

#include "text/dictionary.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <vector>

namespace cx {

/// What a token is made of.
enum class TokenKind : std::uint8_t {
    Chinese, ///< a dictionary word, a term, or one character the dictionary lacks
    Latin,   ///< letters, or letters and digits (5G, 4K, 100M, iPhone15, APP)
    Number,  ///< digits only, with decimal points between digits (48, 2.5)
    Mixed,   ///< a term or dictionary word of Chinese and Latin (139邮箱, B超)
};

/// A word of a segmented text: a range of Segmenter::normalized().
struct Token
{
    std::int32_t start = 0;
    std::int32_t length = 0;
    TokenKind kind = TokenKind::Chinese;
    bool term = false; ///< one of the dictionary's terms
    std::int32_t end() const { return start + length; }
};

/// Splits Chinese text into words, the way jieba does without its HMM:
/// the DAG of every dictionary word (and term) found at each position, and
/// the path through it with the highest product of word probabilities, by
/// dynamic programming from the end (ties go to the longer word). A
/// character no word covers is a word of its own.
///
/// Before that the text is normalised (full-width forms to half-width, so
/// "５Ｇ" is "5G") and cut into blocks of Chinese characters, Latin letters
/// and digits; everything else (spaces, punctuation, symbols) separates
/// words and is no token. Inside a block a run of Latin letters and digits
/// is always one word (5G套餐 → 5G / 套餐, iPhone15, 100M, 2.5), unless a
/// term or dictionary word spans it whole (139邮箱 when it is a term).
///
/// Reuses its buffers: segmenting does not allocate once they have grown
/// to the longest text. Not thread-safe; one segmenter per thread (they
/// may share a Dictionary).
class Segmenter
{
public:
    explicit Segmenter(std::shared_ptr<const Dictionary> dictionary);

    /// Segments a text; the tokens refer to normalized() and stay valid
    /// until the next call.
    const std::vector<Token> &segment(QStringView text);
    /// The text of the last segment() call, normalised.
    QStringView normalized() const { return QStringView(m_text.data(), qsizetype(m_text.size())); }
    QStringView textOf(const Token &token) const { return normalized().sliced(token.start, token.length); }

    /// The words of a text (for tests and tools).
    QStringList words(QStringView text);

    const Dictionary &dictionary() const { return *m_dictionary; }

private:
    void segmentBlock(std::int32_t begin, std::int32_t end);

    std::shared_ptr<const Dictionary> m_dictionary;
    std::vector<char16_t> m_text;
    std::vector<Token> m_tokens;
    // Per position of the current block: the best log-probability from there
    // to the block's end, the length of the first word on that path, and
    // where the Latin/digit run covering the position ends (0 outside one).
    std::vector<double> m_route;
    std::vector<std::int32_t> m_length;
    std::vector<std::int32_t> m_runEnd;
};

} // namespace cx
