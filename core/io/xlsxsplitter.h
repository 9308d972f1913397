#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>

#include <functional>

namespace cx::xlsx {

/// Cuts the XML of a worksheet, as it is unpacked, into blocks of whole rows,
/// so that the blocks can be parsed side by side, each as a document of its
/// own.
///
/// A light lexer follows the markup (tags, quoted attribute values,
/// comments, CDATA sections, processing instructions) to know the nesting;
/// a block ends right after an element that is a child of sheetData, once
/// the block is large enough. Inside a row it only looks for the row's end
/// tag, and for what would make that unsafe ("<!", "<?", another row): then
/// it follows the row tag by tag. Each block after the first is parsed with
/// prefix() before it (the start tags of the root and of sheetData, copied
/// from the document, so namespaces stay declared), each block before the
/// last with suffix() after it (their end tags). The parser checks every
/// block in full; the lexer only decides where blocks may end, and cuts
/// nothing in a document it does not follow: one that is not UTF-8, or has a
/// document type declaration, or no sheetData where it belongs.
class SheetSplitter
{
public:
    /// A piece of the sheet XML.
    struct Block
    {
        QByteArray bytes;
        qint64 offset = 0;    ///< where in the sheet XML it starts
        qint64 firstLine = 1; ///< the XML line it starts on
        QByteArray prefix;    ///< what to parse before it: empty for the first block
    };
    /// Receives each finished block but the last, in order.
    using BlockSink = std::function<void(Block &&block)>;

    /// Blocks end once they hold @p blockBytes (the first: @p firstBlockBytes,
    /// so that the first rows are there soon).
    SheetSplitter(qsizetype firstBlockBytes, qsizetype blockBytes);

    /// Takes the next unpacked bytes; emits the blocks they complete.
    void append(QByteArrayView bytes, const BlockSink &sink);
    /// The rest of the sheet XML: the last block (the whole sheet when it was never cut).
    Block finish();

    /// End tags that close a block before the last (valid once one was emitted).
    QByteArray suffix() const { return m_suffix; }

private:
    enum class State {
        Start,       // before the first byte: the encoding is checked
        Text,
        Markup,      // after '<'
        Bang,        // after "<!"
        StartTag,
        EndTag,
        Comment,
        CData,
        Instruction, // <? ... ?>
        Row,         // inside a row: its end tag is looked for as a whole
        Off          // not followed further: no more cuts
    };

    void scan(const BlockSink &sink);
    bool checkEncoding();
    void endOfStartTag(qsizetype end, bool empty);
    void beginRow();
    bool skipRow();
    void endOfEndTag();
    void cut(qsizetype end, const BlockSink &sink);

    qsizetype m_firstBlockBytes;
    qsizetype m_blockBytes;
    QByteArray m_bytes;   // the current block, bytes not yet emitted
    qsizetype m_pos = 0;  // how far m_bytes is scanned
    qsizetype m_tagBegin = 0;
    char m_quote = 0;     // inside a quoted attribute value of a start tag
    State m_state = State::Start;
    int m_depth = 0;      // open elements
    bool m_inSheetData = false;
    QByteArray m_rootTag;      // the root's start tag as written
    QByteArray m_rootName;     // its qualified name
    QByteArray m_sheetDataTag; // likewise for sheetData
    QByteArray m_sheetDataName;
    QByteArray m_rowName;        // the rows' tag name as written ("row", "x:row")
    QByteArrayMatcher m_rowEnd;  // "</row>"
    QByteArrayMatcher m_rowStart; // "<row"
    qsizetype m_rowContent = 0;  // where the row's content starts in m_bytes
    qsizetype m_rowSearched = 0; // how far its end tag was looked for
    QByteArray m_prefix;
    QByteArray m_suffix;
    qint64 m_offset = 0;  // of the current block in the sheet XML
    qint64 m_line = 1;    // where the current block starts
    bool m_cutOnce = false;
};

} // namespace cx::xlsx
