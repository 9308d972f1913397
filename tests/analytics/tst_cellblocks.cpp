// The blocks of agg_cell: the cells of one month and product in one blob,
// written canonically, merged with a fold's changes, and refused when the
// bytes are none a writer makes (workspaces are untrusted).

#include "analytics/serviceaggregates.h"
#include "analytics/tagcounts.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint32 month = 3;
constexpr qint32 product = 7;

cx::StoredCell cell(std::array<qint32, 5> ids, qint64 complaints, double hoursTotal = 0,
                    cx::HoursHistogram hours = {}, std::vector<cx::TagCount> tags = {})
{
    cx::StoredCell c;
    c.key.ids = {month, product, ids[0], ids[1], ids[2], ids[3], ids[4]};
    c.counts.complaints = complaints;
    c.counts.resultN = complaints;
    c.counts.resolved = complaints / 2;
    c.counts.hoursN = qint64(hours.size());
    c.counts.hoursTotal = hoursTotal;
    c.counts.callbackBasic = complaints > 1 ? 1 : 0;
    c.hours = std::move(hours);
    c.tags = std::move(tags);
    return c;
}

QByteArray encode(const std::vector<cx::StoredCell> &cells)
{
    cx::CellBlockWriter writer;
    for (const cx::StoredCell &c : cells)
        writer.append(c);
    return writer.take();
}

// The cells of a block; `failed` says whether the reader refused its bytes.
std::vector<cx::StoredCell> decode(QByteArrayView block, bool *failed = nullptr)
{
    cx::CellBlockReader reader(block, month, product);
    std::vector<cx::StoredCell> cells;
    cx::StoredCell c;
    while (reader.next(c))
        cells.push_back(c);
    if (failed)
        *failed = reader.failed();
    return cells;
}

QString text(const std::vector<cx::StoredCell> &cells)
{
    QStringList rows;
    for (const cx::StoredCell &c : cells) {
        QStringList fields;
        for (const qint32 id : c.key.ids)
            fields << QString::number(id);
        fields << u"n=%1 r=%2/%3 b=%4 h=%5 total=%6"_s.arg(c.counts.complaints)
                      .arg(c.counts.resultN)
                      .arg(c.counts.resolved)
                      .arg(c.counts.callbackBasic)
                      .arg(c.counts.hoursN)
                      .arg(c.counts.hoursTotal);
        for (const auto &[tenths, n] : c.hours)
            fields << u"%1:%2"_s.arg(tenths).arg(n);
        for (const cx::TagCount &tag : c.tags)
            fields << u"t%1=%2"_s.arg(tag.tag).arg(tag.n);
        rows << fields.join(u' ');
    }
    return rows.join(u'\n');
}

// Cells sharing none to all but the last of their ids with the previous one.
std::vector<cx::StoredCell> sampleCells()
{
    return {
        cell({0, 0, 0, 0, 0}, 1),
        cell({5, 1, 2, 3, 4}, 3, 12.5, {{125, 2}, {300, 1}}, {{2, 1}, {9, 3}}),
        cell({5, 1, 2, 3, 900}, 2, 0.30000000000000004, {{3, 2}}),
        cell({5, 1, 2, 200000, 1}, 1, 0, {}, {{1, 1}}),
        cell({5, 1, 3, 0, 0}, 7),
        cell({5, 2, 0, 0, 0}, 1),
        cell({2147483647, 2147483647, 2147483647, 2147483647, 2147483647}, 400000),
    };
}

} // namespace

class TestCellBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsRoundTrip();
    void negativeDeltasDropEmptiedCells();
    void unchangedCellsAfterNewOnesAreEncodedAsNew();
    void truncatedBlocksAreRefused();
    void garbledBlocksAreRefused();
};

void TestCellBlocks::cellsRoundTrip()
{
    const std::vector<cx::StoredCell> cells = sampleCells();
    const QByteArray block = encode(cells);
    bool failed = true;
    const std::vector<cx::StoredCell> decoded = decode(block, &failed);
    QVERIFY(!failed);
    QCOMPARE(text(decoded), text(cells));
    // Canonical: the cells read back write the same bytes.
    QCOMPARE(encode(decoded), block);
    // A zero of either sign is one total.
    std::vector<cx::StoredCell> negativeZero = cells;
    negativeZero[3].counts.hoursTotal = -0.0;
    QCOMPARE(encode(negativeZero), block);
    // Tags in any order, repeated, or taken out to 0 are written as their sums.
    std::vector<cx::StoredCell> unsorted = cells;
    unsorted[1].tags = {{9, 2}, {4, 1}, {2, 1}, {9, 1}, {4, -1}};
    QCOMPARE(encode(unsorted), block);
    QVERIFY(decode({}, &failed).empty());
    QVERIFY(!failed);
}

void TestCellBlocks::negativeDeltasDropEmptiedCells()
{
    const std::vector<cx::StoredCell> cells = sampleCells();
    const QByteArray block = encode(cells);
    // A complaint moved out of the cell it emptied into a new cell, and one
    // out of a cell of three into it.
    std::vector<cx::StoredCell> deltas;
    cx::StoredCell fewer = cell({5, 1, 2, 3, 4}, 1, 12.5, {{125, 1}}, {{9, 1}});
    fewer.counts.complaints = -1;
    fewer.counts.resultN = -1;
    fewer.counts.hoursN = -1;
    fewer.counts.hoursTotal = -12.5;
    fewer.hours = {{125, -1}};
    fewer.tags = {{9, -1}};
    deltas.push_back(fewer);
    deltas.push_back(cell({5, 1, 2, 3, 5}, 2, 12.5, {{125, 1}}, {{1, 1}, {9, 1}}));
    cx::StoredCell emptied = cells[3];
    emptied.counts.complaints = -1;
    emptied.counts.resultN = -1;
    emptied.tags = {{1, -1}};
    deltas.push_back(emptied);
    QByteArray merged;
    QVERIFY(cx::mergeCellBlock(block, month, product, deltas, merged));

    std::vector<cx::StoredCell> expected = cells;
    expected[1].counts.complaints = 2;
    expected[1].counts.resultN = 2;
    expected[1].counts.hoursN = 1;
    expected[1].counts.hoursTotal = 0;
    expected[1].hours = {{125, 1}, {300, 1}};
    expected[1].tags = {{2, 1}, {9, 2}};
    expected.erase(expected.begin() + 3);
    expected.insert(expected.begin() + 2, deltas[1]);
    bool failed = true;
    QCOMPARE(text(decode(merged, &failed)), text(expected));
    QVERIFY(!failed);
    QCOMPARE(merged, encode(expected));

    // Every complaint taken out: nothing is left of the block.
    std::vector<cx::StoredCell> all;
    for (cx::StoredCell c : decode(merged)) {
        c.counts.complaints = -c.counts.complaints;
        all.push_back(c);
    }
    QByteArray none = "not empty";
    QVERIFY(cx::mergeCellBlock(merged, month, product, all, none));
    QVERIFY(none.isEmpty());
    // Into an empty block, the cells as they are.
    QByteArray fresh;
    QVERIFY(cx::mergeCellBlock({}, month, product, cells, fresh));
    QCOMPARE(fresh, block);
}

void TestCellBlocks::unchangedCellsAfterNewOnesAreEncodedAsNew()
{
    // A merge copies the cells it leaves alone; their keys are written
    // relative to the cell before them, which may be new.
    std::vector<cx::StoredCell> all = sampleCells();
    all.insert(all.begin() + 3, cell({5, 1, 2, 3, 901}, 4, 1.5, {{15, 4}}, {{3, 4}}));
    std::vector<cx::StoredCell> stored;
    std::vector<cx::StoredCell> added;
    for (std::size_t i = 0; i < all.size(); ++i)
        (i % 3 == 0 ? added : stored).push_back(all[i]);
    QByteArray merged;
    QVERIFY(cx::mergeCellBlock(encode(stored), month, product, added, merged));
    QCOMPARE(merged, encode(all));
    // Deltas before, between and after unchanged cells.
    QVERIFY(cx::mergeCellBlock(encode(added), month, product, stored, merged));
    QCOMPARE(merged, encode(all));
}

void TestCellBlocks::truncatedBlocksAreRefused()
{
    const std::vector<cx::StoredCell> cells = sampleCells();
    const QByteArray block = encode(cells);
    // A block cut after a cell is the block of the cells before; cut anywhere else, it is refused.
    QList<qsizetype> ends;
    for (std::size_t n = 1; n < cells.size(); ++n)
        ends << encode(std::vector(cells.begin(), cells.begin() + qsizetype(n))).size();
    for (qsizetype size = 1; size < block.size(); ++size) {
        bool failed = false;
        const std::vector<cx::StoredCell> decoded = decode(QByteArrayView(block).first(size), &failed);
        const qsizetype cellsBefore = ends.indexOf(size) + 1;
        QVERIFY2(failed == (cellsBefore == 0), qPrintable(QString::number(size)));
        if (cellsBefore > 0)
            QCOMPARE(text(decoded), text(std::vector(cells.begin(), cells.begin() + cellsBefore)));
        QByteArray merged;
        QCOMPARE(cx::mergeCellBlock(QByteArrayView(block).first(size), month, product, {}, merged), !failed);
    }
}

void TestCellBlocks::garbledBlocksAreRefused()
{
    // One cell by hand: key (shared ids, first id, the other four),
    // complaints, counts, hours total, hours, tags.
    const QByteArray key = QByteArray::fromHex("000101010101");
    const QByteArray one = QByteArray::fromHex("02");
    const QByteArray counts = QByteArray::fromHex("0e") + QByteArray(14, '\0');
    const QByteArray total(8, '\0');
    const QByteArray rest = counts + total + QByteArray::fromHex("0000");
    bool failed = true;
    QCOMPARE(decode(key + one + rest, &failed).size(), std::size_t(1));
    QVERIFY(!failed);

    for (const QByteArray &garbled : {
             QByteArray::fromHex("ff"),
             key + QByteArray::fromHex("00") + rest,                                 // no complaints
             QByteArray::fromHex("0101010101") + one + rest,                         // the first cell shares ids
             QByteArray::fromHex("050101010101") + one + rest,                       // more shared ids than a key has
             QByteArray::fromHex("0081000101010101") + one + rest,                   // a varint not at its shortest
             QByteArray::fromHex("00ffffffff0f01010101") + one + rest,               // an id above qint32
             key + one + QByteArray::fromHex("0d") + QByteArray(14, '\0') + total, // counts one short
             key + one + counts + total + QByteArray::fromHex("020000"),            // an hours bin of no complaints
             key + one + counts + total + QByteArray::fromHex("00020100"),          // a tag of no complaints
             key + one + counts + total + QByteArray::fromHex("000204"),            // tags past the end
             key + one + counts + QByteArray(7, '\0'),                              // the hours total cut short
         }) {
        decode(garbled, &failed);
        QVERIFY2(failed, garbled.toHex().constData());
        QByteArray merged;
        QVERIFY(!cx::mergeCellBlock(garbled, month, product, {}, merged));
    }
}

QTEST_GUILESS_MAIN(TestCellBlocks)
#include "tst_cellblocks.moc"
