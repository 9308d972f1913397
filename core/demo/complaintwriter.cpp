#include "demo/complaintwriter.h"

#include "demo/democalendar.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace cx::demo {

namespace {

constexpr int kColumns = 20;

template<typename Table, typename Name>
std::vector<EncodedText> encodeAll(const Table &table, Name name)
{
    std::vector<EncodedText> encoded;
    for (const auto &entry : table)
        encoded.emplace_back(QStringView(name(entry)));
    return encoded;
}

const char16_t *nameOf(const Weighted &w)
{
    return w.name;
}

const char16_t *itself(const char16_t *s)
{
    return s;
}

std::vector<ComplaintVocabulary::Segment> parseTemplate(QStringView text)
{
    using Segment = ComplaintVocabulary::Segment;
    std::vector<Segment> segments;
    qsizetype literalStart = 0;
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        if (text[i] != u'{' || text[i + 2] != u'}')
            continue;
        Segment::Kind kind;
        switch (text[i + 1].unicode()) {
        case u'P': kind = Segment::Product; break;
        case u'C': kind = Segment::City; break;
        case u'D': kind = Segment::District; break;
        default: continue;
        }
        if (i > literalStart)
            segments.push_back({Segment::Literal, EncodedText(text.mid(literalStart, i - literalStart))});
        segments.push_back({kind, {}});
        literalStart = i + 3;
        i += 2;
    }
    if (literalStart < text.size())
        segments.push_back({Segment::Literal, EncodedText(text.mid(literalStart))});
    return segments;
}

// Excel serial of a moment given as a day of 2024 (may run into 2025) and a second.
double excelSerial(std::int64_t day, std::int32_t second)
{
    return double(kExcelSerial2024 + day) + double(second) / 86400.0;
}

void appendSerialNumber(std::string &out, const ComplaintRecord &r)
{
    const CivilDate date = civilFromDays(kEpoch2024 + r.day);
    out.append("GD");
    appendPadded(out, date.year, 4);
    appendPadded(out, date.month, 2);
    appendPadded(out, date.day, 2);
    appendPadded(out, r.serial, 7);
}

void appendPhone(std::string &out, const ComplaintRecord &r)
{
    appendNumber(out, kPhonePrefixes[r.phonePrefix]);
    out.append("****");
    appendPadded(out, r.phoneTail, 4);
}

void appendHours(std::string &out, std::int32_t tenths)
{
    appendNumber(out, tenths / 10);
    out.push_back('.');
    out.push_back(char('0' + tenths % 10));
}

// The archive moment: acceptance plus the handling time (tenths of an hour).
std::pair<std::int64_t, std::int32_t> archiveMoment(const ComplaintRecord &r)
{
    const std::int64_t seconds = std::int64_t(r.second) + std::int64_t(r.handlingTenths) * 360;
    return {r.day + seconds / 86400, std::int32_t(seconds % 86400)};
}

} // namespace

QStringList complaintHeader(bool synonyms)
{
    return {u"工单流水号"_s, synonyms ? u"创建时间"_s : u"受理时间"_s, u"归档时间"_s, u"受理渠道"_s,
            u"客户号码"_s, u"客户星级"_s, synonyms ? u"地市"_s : u"归属地市"_s, u"区县"_s, u"网格"_s,
            u"业务名称"_s, u"投诉一级分类"_s, u"投诉二级分类"_s, u"投诉三级分类"_s,
            synonyms ? u"问题描述"_s : u"投诉内容"_s, u"处理部门"_s, u"处理结果"_s, u"处理时长(小时)"_s,
            u"是否重复投诉"_s, u"是否升级投诉"_s, u"回访满意度"_s};
}

ComplaintVocabulary::ComplaintVocabulary()
    : products(encodeAll(kProducts, [](const ProductDef &p) { return p.name; }))
    , cities(encodeAll(kCities, [](const CityDef &c) { return c.name; }))
    , channels(encodeAll(kChannels, nameOf))
    , stars(encodeAll(kStarLevels, nameOf))
    , results(encodeAll(kResults, nameOf))
    , visits(encodeAll(kVisitRatings, itself))
    , departments(encodeAll(kDepartments, itself))
    , followUps(encodeAll(kFollowUps, nameOf))
    , gridSeparator(u"-网格")
    , callPrefix(u"，已经是第")
    , callSuffix(u"次来电")
    , yes(u"是")
    , no(u"否")
{
    for (const CityDef &city : kCities)
        districts.push_back(encodeAll(city.districts, itself));
    for (const CategoryDef &category : kCategories) {
        categoryLevels.push_back({EncodedText(QStringView(category.level1)), EncodedText(QStringView(category.level2)),
                                  EncodedText(QStringView(category.level3))});
        std::vector<std::vector<Segment>> parsed;
        for (const TextTemplate &t : category.texts)
            parsed.push_back(parseTemplate(QStringView(t.text)));
        texts.push_back(std::move(parsed));
    }
}

void ComplaintVocabulary::appendText(std::string &out, const ComplaintRecord &r, TextEncoding encoding) const
{
    for (const Segment &segment : texts[r.category][r.text]) {
        switch (segment.kind) {
        case Segment::Literal: out.append(segment.literal.in(encoding)); break;
        case Segment::Product: out.append(products[r.product].in(encoding)); break;
        case Segment::City: out.append(cities[r.city].in(encoding)); break;
        case Segment::District: out.append(districts[r.city][r.district].in(encoding)); break;
        }
    }
    if (r.callCount != 0) {
        out.append(callPrefix.in(encoding));
        appendNumber(out, r.callCount);
        out.append(callSuffix.in(encoding));
    }
    if (r.followUp != 0) {
        out.push_back('\n'); // a line break typed inside the cell (Alt+Enter in Excel)
        out.append(followUps[r.followUp - 1u].in(encoding));
    }
}

void ComplaintVocabulary::appendGrid(std::string &out, const ComplaintRecord &r, TextEncoding encoding) const
{
    out.append(districts[r.city][r.district].in(encoding));
    out.append(gridSeparator.in(encoding));
    appendPadded(out, r.grid, 2);
}

// --- CSV ---------------------------------------------------------------------

ComplaintCsvWriter::ComplaintCsvWriter(const ComplaintVocabulary &vocabulary, ComplaintCsvDialect dialect)
    : m_vocabulary(vocabulary)
    , m_dialect(std::move(dialect))
{
    m_scratch.reserve(512);
}

bool ComplaintCsvWriter::open(const QString &path)
{
    if (!m_out.open(path, {m_dialect.byteOrderMark, m_dialect.crlf}))
        return false;
    if (!m_dialect.title.isEmpty()) {
        // Excel saves a merged title cell as one value and empty cells up to the width.
        m_out.field(std::string_view(encodeText(m_dialect.title, m_dialect.encoding)));
        for (int i = 1; i < kColumns; ++i)
            m_out.empty();
        m_out.endRow();
    }
    for (const QString &name : complaintHeader(m_dialect.synonyms))
        m_out.field(std::string_view(encodeText(name, m_dialect.encoding)));
    if (m_dialect.trailingEmptyColumn)
        m_out.empty();
    return m_out.endRow();
}

void ComplaintCsvWriter::appendDateTime(std::string &out, std::int64_t day, std::int32_t second) const
{
    const CivilDate date = civilFromDays(kEpoch2024 + day);
    const int hour = second / 3600;
    const int minute = second / 60 % 60;
    const int sec = second % 60;
    if (m_dialect.isoDates) {
        appendPadded(out, date.year, 4);
        out.push_back('-');
        appendPadded(out, date.month, 2);
        out.push_back('-');
        appendPadded(out, date.day, 2);
        out.push_back(' ');
        appendPadded(out, hour, 2);
    } else {
        appendNumber(out, date.year);
        out.push_back('/');
        appendNumber(out, date.month);
        out.push_back('/');
        appendNumber(out, date.day);
        out.push_back(' ');
        appendNumber(out, hour);
    }
    out.push_back(':');
    appendPadded(out, minute, 2);
    out.push_back(':');
    appendPadded(out, sec, 2);
}

bool ComplaintCsvWriter::write(const ComplaintRecord &r)
{
    const TextEncoding enc = m_dialect.encoding;
    const CategoryDef &category = kCategories[r.category];
    m_scratch.clear();
    appendSerialNumber(m_scratch, r);
    field(m_scratch);
    m_scratch.clear();
    appendDateTime(m_scratch, r.day, r.second);
    field(m_scratch);
    m_scratch.clear();
    const auto [archiveDay, archiveSecond] = archiveMoment(r);
    appendDateTime(m_scratch, archiveDay, archiveSecond);
    field(m_scratch);
    m_out.plainField(text(m_vocabulary.channels[r.channel]));
    m_scratch.clear();
    appendPhone(m_scratch, r);
    field(m_scratch);
    m_out.plainField(text(m_vocabulary.stars[r.star]));
    m_out.plainField(text(m_vocabulary.cities[r.city]));
    m_out.plainField(text(m_vocabulary.districts[r.city][r.district]));
    m_scratch.clear();
    m_vocabulary.appendGrid(m_scratch, r, enc);
    field(m_scratch);
    m_out.plainField(text(m_vocabulary.products[r.product]));
    for (const EncodedText &level : m_vocabulary.categoryLevels[r.category])
        m_out.plainField(text(level));
    m_scratch.clear();
    m_vocabulary.appendText(m_scratch, r, enc);
    m_out.field(std::string_view(m_scratch)); // the one field that may need quotes
    m_out.plainField(text(m_vocabulary.departments[std::size_t(category.department)]));
    m_out.plainField(text(m_vocabulary.results[r.result]));
    m_scratch.clear();
    appendHours(m_scratch, r.handlingTenths);
    field(m_scratch);
    m_out.plainField(text(r.repeated ? m_vocabulary.yes : m_vocabulary.no));
    m_out.plainField(text(r.escalated ? m_vocabulary.yes : m_vocabulary.no));
    m_out.plainField(text(m_vocabulary.visits[r.visit]));
    if (m_dialect.trailingEmptyColumn)
        m_out.empty();
    return m_out.endRow();
}

bool ComplaintCsvWriter::finish(std::int64_t rows)
{
    if (m_dialect.footer) {
        m_out.field(std::string_view(encodeText(u"合计", m_dialect.encoding)));
        m_out.field(std::string_view(encodeText(u"%1条"_s.arg(rows), m_dialect.encoding)));
        m_out.endRow();
    }
    return m_out.commit();
}

// --- XLSX --------------------------------------------------------------------

ComplaintXlsxWriter::ComplaintXlsxWriter(const ComplaintVocabulary &vocabulary)
    : m_vocabulary(vocabulary)
{
    m_scratch.reserve(512);
}

bool ComplaintXlsxWriter::open(const QString &path)
{
    if (!m_book.open(path))
        return false;
    m_sheet = m_book.addSheet(u"投诉工单"_s);
    worksheet_set_column(m_sheet, 0, 2, 20, nullptr);
    worksheet_set_column(m_sheet, 13, 13, 48, nullptr);
    const QStringList header = complaintHeader(false);
    for (int c = 0; c < header.size(); ++c)
        m_book.check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(),
                                            m_book.headerFormat()));
    m_row = 1;
    return !m_book.failed();
}

void ComplaintXlsxWriter::string(int column, std::string_view bytes)
{
    // libxlsxwriter wants NUL-terminated strings.
    m_scratch.assign(bytes);
    m_book.check(worksheet_write_string(m_sheet, m_row, lxw_col_t(column), m_scratch.c_str(), nullptr));
}

bool ComplaintXlsxWriter::write(const ComplaintRecord &r)
{
    constexpr TextEncoding utf8 = TextEncoding::Utf8;
    const CategoryDef &category = kCategories[r.category];
    std::string &buffer = m_buffer;
    buffer.clear();
    appendSerialNumber(buffer, r);
    string(0, buffer);
    const auto [archiveDay, archiveSecond] = archiveMoment(r);
    m_book.check(worksheet_write_number(m_sheet, m_row, 1, excelSerial(r.day, r.second), m_book.dateFormat()));
    m_book.check(worksheet_write_number(m_sheet, m_row, 2, excelSerial(archiveDay, archiveSecond), m_book.dateFormat()));
    string(3, m_vocabulary.channels[r.channel]);
    buffer.clear();
    appendPhone(buffer, r);
    string(4, buffer);
    string(5, m_vocabulary.stars[r.star]);
    string(6, m_vocabulary.cities[r.city]);
    string(7, m_vocabulary.districts[r.city][r.district]);
    buffer.clear();
    m_vocabulary.appendGrid(buffer, r, utf8);
    string(8, buffer);
    string(9, m_vocabulary.products[r.product]);
    for (int level = 0; level < 3; ++level)
        string(10 + level, m_vocabulary.categoryLevels[r.category][std::size_t(level)]);
    buffer.clear();
    m_vocabulary.appendText(buffer, r, utf8);
    string(13, buffer);
    string(14, m_vocabulary.departments[std::size_t(category.department)]);
    string(15, m_vocabulary.results[r.result]);
    m_book.check(worksheet_write_number(m_sheet, m_row, 16, double(r.handlingTenths) / 10.0, nullptr));
    string(17, r.repeated ? m_vocabulary.yes : m_vocabulary.no);
    string(18, r.escalated ? m_vocabulary.yes : m_vocabulary.no);
    string(19, m_vocabulary.visits[r.visit]);
    ++m_row;
    return !m_book.failed();
}

bool ComplaintXlsxWriter::finish(std::int64_t)
{
    return m_book.close();
}

} // namespace cx::demo
