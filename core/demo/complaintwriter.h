#pragma once

#include "demo/complaintstream.h"
#include "demo/csvoutput.h"
#include "demo/encodedtext.h"
#include "demo/xlsxbook.h"

#include <QString>

#include <string>
#include <vector>

namespace cx::demo {

/// Every name a complaint row is made of, pre-encoded in UTF-8 and GB18030.
class ComplaintVocabulary
{
public:
    ComplaintVocabulary();

    /// Appends the 投诉内容 of a record (template, call count, second line).
    void appendText(std::string &out, const ComplaintRecord &r, TextEncoding encoding) const;
    /// Appends the grid name ("罗湖区-网格11").
    void appendGrid(std::string &out, const ComplaintRecord &r, TextEncoding encoding) const;

    struct Segment
    {
        enum Kind { Literal, Product, City, District } kind;
        EncodedText literal;
    };

    std::vector<EncodedText> products, cities, channels, stars, results, visits, departments, followUps;
    std::vector<std::vector<EncodedText>> districts;           ///< [city][district]
    std::vector<std::array<EncodedText, 3>> categoryLevels;    ///< [category][level]
    std::vector<std::vector<std::vector<Segment>>> texts;      ///< [category][template]
    EncodedText gridSeparator, callPrefix, callSuffix, yes, no;
};

/// Where complaint rows go: a CSV dialect or an XLSX sheet.
class ComplaintSink
{
public:
    virtual ~ComplaintSink() = default;
    virtual bool write(const ComplaintRecord &record) = 0;
    /// Writes any footer and puts the file in place.
    virtual bool finish(std::int64_t rows) = 0;
    virtual void cancel() = 0;
    virtual QString errorString() const = 0;
};

/// The shape of one complaint CSV export.
struct ComplaintCsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    bool crlf = false;
    bool isoDates = true;            ///< 2024-07-04 05:57:13, else 2024/7/4 5:57:13
    bool synonyms = false;           ///< 创建时间 / 地市 / 问题描述 instead of 受理时间 / 归属地市 / 投诉内容
    bool trailingEmptyColumn = false;
    QString title;                   ///< a title row above the header, if not empty
    bool footer = false;             ///< "合计,N条" after the rows
};

class ComplaintCsvWriter final : public ComplaintSink
{
public:
    ComplaintCsvWriter(const ComplaintVocabulary &vocabulary, ComplaintCsvDialect dialect);

    /// Opens the file and writes the title and header rows.
    bool open(const QString &path);
    bool write(const ComplaintRecord &record) override;
    bool finish(std::int64_t rows) override;
    void cancel() override { m_out.cancel(); }
    QString errorString() const override { return m_out.errorString(); }

private:
    void appendDateTime(std::string &out, std::int64_t day, std::int32_t second) const;
    std::string_view text(const EncodedText &t) const { return t.in(m_dialect.encoding); }
    void field(const std::string &bytes) { m_out.plainField(std::string_view(bytes)); }

    const ComplaintVocabulary &m_vocabulary;
    ComplaintCsvDialect m_dialect;
    CsvOutput m_out;
    std::string m_scratch;
};

class ComplaintXlsxWriter final : public ComplaintSink
{
public:
    explicit ComplaintXlsxWriter(const ComplaintVocabulary &vocabulary);

    /// Opens the workbook and writes the header row of sheet "投诉工单".
    bool open(const QString &path);
    bool write(const ComplaintRecord &record) override;
    bool finish(std::int64_t rows) override;
    void cancel() override { m_book.cancel(); }
    QString errorString() const override { return m_book.errorString(); }

    /// Rows one sheet can hold below its header.
    static constexpr std::int64_t kMaxRows = 1'048'575;

private:
    void string(int column, std::string_view bytes);
    void string(int column, const EncodedText &t) { string(column, std::string_view(t.utf8)); }

    const ComplaintVocabulary &m_vocabulary;
    XlsxBook m_book;
    lxw_worksheet *m_sheet = nullptr;
    std::uint32_t m_row = 0;
    std::string m_buffer;
    std::string m_scratch;
};

/// Header names of the complaint exports, canonical or with the second system's synonyms.
QStringList complaintHeader(bool synonyms);

} // namespace cx::demo
