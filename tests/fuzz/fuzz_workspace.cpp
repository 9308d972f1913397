// libFuzzer target: a workspace file from someone else. The bytes are
// written to a .cxw file and opened the way the app opens one
// (Workspace::open: header and size checks, protected connection,
// quick_check, schema check), then analysed (AnalyticsCube::load, which
// folds unfolded rows into the aggregates, and analyzeCube). Every outcome
// must be an analysis or a clear refusal: no crash, hang or leak, and a
// refusal names the file.
//
// The custom mutator knows the SQLite file format: besides libFuzzer's own
// byte mutations it flips bytes inside one page, rewrites b-tree page header
// fields (cell count, first freeblock, content start, right child), cell
// pointers and cell starts (payload sizes, row ids), database header fields,
// copies one page over another and cuts or grows the file by whole pages.
#include "fuzzsupport.h"

#include "analytics/analysis.h"
#include "analytics/analyticscube.h"
#include "settings/workspacesettings.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

extern "C" size_t LLVMFuzzerMutate(std::uint8_t *data, size_t size, size_t maxSize);

namespace {

QTemporaryDir *scratch = nullptr;

quint16 read16(const std::uint8_t *p)
{
    return qFromBigEndian<quint16>(p);
}

void write16(std::uint8_t *p, quint16 value)
{
    qToBigEndian(value, p);
}

// Mutations that keep the file shaped like an SQLite database, so that they
// reach the b-tree code instead of the header check.
class PageMutator
{
public:
    PageMutator(std::uint8_t *data, size_t size, size_t maxSize, unsigned seed)
        : m_data(data)
        , m_size(size)
        , m_maxSize(maxSize)
        , m_random(seed)
    {
        const quint16 raw = read16(data + 16);
        m_pageSize = raw == 1 ? 65536 : raw;
    }

    bool usable() const
    {
        return m_size >= 512 && m_pageSize >= 512 && (m_pageSize & (m_pageSize - 1)) == 0 && m_size >= m_pageSize
            && std::equal(m_data, m_data + 16, "SQLite format 3");
    }

    size_t mutate()
    {
        switch (pick(8)) {
        case 0:
            return withinPage();
        case 1:
            return pageHeaderField();
        case 2:
            return cellPointer();
        case 3:
            return cellStart();
        case 4:
            return databaseHeaderField();
        case 5:
            return copyPage();
        case 6:
            return resizeByPages();
        default:
            return LLVMFuzzerMutate(m_data, m_size, m_maxSize);
        }
    }

private:
    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }
    size_t pages() const { return m_size / m_pageSize; }
    // Start of page `page`'s b-tree header (page 1 has the database header first).
    size_t headerOf(size_t page) const { return page * m_pageSize + (page == 0 ? 100 : 0); }
    bool isInterior(size_t page) const
    {
        const std::uint8_t type = m_data[headerOf(page)];
        return type == 2 || type == 5;
    }
    quint16 interesting(quint16 current)
    {
        const quint16 values[] = {0,
                                  1,
                                  quint16(current + 1),
                                  quint16(current - 1),
                                  quint16(m_pageSize - 1),
                                  quint16(m_pageSize),
                                  quint16(m_pageSize + 1),
                                  0xffff,
                                  quint16(pick(m_pageSize))};
        return values[pick(std::size(values))];
    }

    size_t withinPage()
    {
        const size_t page = pick(pages());
        // Bytes past a shorter result keep what they held: the file keeps its size.
        LLVMFuzzerMutate(m_data + page * m_pageSize, m_pageSize, m_pageSize);
        return m_size;
    }

    size_t pageHeaderField()
    {
        const size_t page = pick(pages());
        std::uint8_t *header = m_data + headerOf(page);
        switch (pick(5)) {
        case 0: // page type
            header[0] = std::uint8_t(std::array{2, 5, 10, 13, 0, 1}[pick(6)]);
            break;
        case 1: // first freeblock
            write16(header + 1, interesting(read16(header + 1)));
            break;
        case 2: // cell count
            write16(header + 3, interesting(read16(header + 3)));
            break;
        case 3: // start of the cell content area
            write16(header + 5, interesting(read16(header + 5)));
            break;
        default: // right-most child of an interior page, else fragmented bytes
            if (isInterior(page))
                qToBigEndian(quint32(pick(pages() + 2)), header + 8);
            else
                header[7] = std::uint8_t(pick(256));
            break;
        }
        return m_size;
    }

    // The cell pointer array follows the 8- or 12-byte b-tree header.
    std::uint8_t *pointer(size_t page, size_t cell)
    {
        return m_data + headerOf(page) + (isInterior(page) ? 12 : 8) + 2 * cell;
    }
    size_t cellCount(size_t page) const
    {
        const size_t limit = (m_pageSize - (headerOf(page) - page * m_pageSize) - 12) / 2;
        return std::min<size_t>(read16(m_data + headerOf(page) + 3), limit);
    }

    size_t cellPointer()
    {
        const size_t page = pick(pages());
        const size_t cells = cellCount(page);
        if (cells == 0)
            return pageHeaderField();
        std::uint8_t *p = pointer(page, pick(cells));
        switch (pick(3)) {
        case 0:
            write16(p, interesting(read16(p)));
            break;
        case 1: // two cells at one place
            std::copy_n(pointer(page, pick(cells)), 2, p);
            break;
        default: // swapped order
            std::swap_ranges(p, p + 2, pointer(page, pick(cells)));
            break;
        }
        return m_size;
    }

    size_t cellStart()
    {
        const size_t page = pick(pages());
        const size_t cells = cellCount(page);
        if (cells == 0)
            return withinPage();
        const size_t offset = read16(pointer(page, pick(cells)));
        if (offset + 9 > m_pageSize)
            return withinPage();
        // The first bytes of a cell are varints: payload size, row id (or
        // a child page number on interior pages).
        std::uint8_t *cell = m_data + page * m_pageSize + offset;
        const size_t at = pick(9);
        cell[at] = std::uint8_t(std::array{0x00, 0x7f, 0x80, 0xff, int(cell[at] ^ (1u << pick(8)))}[pick(5)]);
        return m_size;
    }

    size_t databaseHeaderField()
    {
        // Page count, freelist trunk and count, schema cookie, schema
        // format, text encoding, user version, auto-vacuum root, page size.
        const size_t fields[] = {28, 32, 36, 40, 44, 56, 60, 52, 16};
        const size_t at = fields[pick(std::size(fields))];
        if (at == 16) {
            write16(m_data + 16, quint16(std::array{512, 1024, 4096, 1, 0, 513}[pick(6)]));
        } else if (at == 56) {
            qToBigEndian(quint32(pick(5)), m_data + 56); // 1 UTF-8, 2/3 UTF-16
        } else {
            const quint32 current = qFromBigEndian<quint32>(m_data + at);
            const quint32 values[] = {0, 1, current + 1, current - 1, quint32(pages()), 0xffffffffu};
            qToBigEndian(values[pick(std::size(values))], m_data + at);
        }
        return m_size;
    }

    size_t copyPage()
    {
        if (pages() < 2)
            return withinPage();
        const size_t from = pick(pages()), to = 1 + pick(pages() - 1); // page 1 keeps its header
        std::copy_n(m_data + from * m_pageSize, m_pageSize, m_data + to * m_pageSize);
        return m_size;
    }

    size_t resizeByPages()
    {
        if (pick(2) == 0 && pages() > 1)
            return (1 + pick(pages() - 1)) * m_pageSize; // cut
        if (m_size + m_pageSize > m_maxSize)
            return withinPage();
        std::copy_n(m_data + pick(pages()) * m_pageSize, m_pageSize, m_data + m_size); // grow by a copy
        return m_size + m_pageSize;
    }

    std::uint8_t *m_data;
    size_t m_size;
    size_t m_maxSize;
    std::minstd_rand m_random;
    size_t m_pageSize = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cx::fuzz::quietQt();
    // QtSql finds its SQLite driver plugin through the application object.
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    scratch = &dir;
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(std::uint8_t *data, size_t size, size_t maxSize, unsigned seed)
{
    PageMutator mutator(data, size, maxSize, seed);
    if (!mutator.usable())
        return LLVMFuzzerMutate(data, size, maxSize);
    return mutator.mutate();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = scratch->filePath(u"fuzz.cxw"_s);
    for (const QString &leftover : QDir(scratch->path()).entryList(QDir::Files))
        QFile::remove(scratch->filePath(leftover));
    {
        QFile file(path);
        cx::fuzz::require(file.open(QIODevice::WriteOnly));
        cx::fuzz::require(file.write(cx::fuzz::bytesOf(data, size)) == qint64(size));
    }

    cx::WorkspaceError error;
    const std::unique_ptr<cx::Workspace> workspace = cx::Workspace::open(path, &error);
    if (!workspace) {
        cx::fuzz::require(error.code != cx::WorkspaceError::Code::None);
        cx::fuzz::require(error.message.contains(u"fuzz.cxw"_s));
        return 0;
    }
    QString cubeError;
    const std::shared_ptr<const cx::AnalyticsCube> cube = cx::AnalyticsCube::load(workspace->database(), &cubeError);
    if (!cube) {
        cx::fuzz::require(!cubeError.isEmpty());
        return 0;
    }
    cx::AnalysisFilter filter;
    filter.fromMonth = filter.toMonth = cube->latestMonth();
    const cx::AnalysisSettings settings =
        cx::AnalysisSettings::fromWorkspace(cx::WorkspaceSettings(workspace->database()));
    const cx::CubeAnalysis analysis = cx::analyzeCube(*cube, filter, settings);
    // Whatever the numbers in the file, the shape of the result holds.
    cx::fuzz::require(analysis.journey.cells.size() <= cube->stages().size());
    for (const cx::JourneyCell &cell : analysis.journey.cells)
        cx::fuzz::require(cell.topCategories.size() <= 3);
    return 0;
}
