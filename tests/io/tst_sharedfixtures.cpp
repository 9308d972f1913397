// The same 300 complaint rows as other programs write them (shared/fixtures):
// each file must read to the rows of the source CSV, cell by cell.
#include "import/valueparser.h"
#include "io/csvreader.h"
#include "io/workbookreader.h"
#include "readall.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::test::readAll;

namespace {

QString fixturesDir()
{
    const QString data = cx::test::sharedDataDir();
    return data.isEmpty() ? QString() : QDir(data).absoluteFilePath(u"../fixtures"_s);
}

// Equal as the importer would store them: the same instant for dates (a
// workbook turns "2024-07-04 05:57:13" into a date cell), the same number
// for numbers ("16.0" in the CSV is 16 in a spreadsheet), else the same text.
bool sameValue(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return true;
    const cx::DateTimeParts expectedDate = cx::ValueParser::parseDateTime(expected);
    if (expectedDate.isValid())
        return expectedDate.toSecsSinceEpoch() == cx::ValueParser::parseDateTime(actual).toSecsSinceEpoch();
    const std::optional<double> expectedNumber = cx::ValueParser::parseNumber(expected);
    return expectedNumber && expectedNumber == cx::ValueParser::parseNumber(actual);
}

} // namespace

class TestSharedFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRowsAsTheSource_data();
    void sameRowsAsTheSource();
};

void TestSharedFixtures::sameRowsAsTheSource_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("titleRows"); // rows above the header
    QTest::newRow("LibreOffice xlsx") << u"complaints_300_libreoffice.xlsx"_s << 0;
    QTest::newRow("LibreOffice BIFF8 xls") << u"complaints_300_libreoffice_biff8.xls"_s << 0;
    QTest::newRow("LibreOffice HTML xls") << u"complaints_300_libreoffice_html.xls"_s << 0;
    QTest::newRow("web export GBK HTML xls") << u"complaints_300_webexport_gbk.xls"_s << 1;
}

void TestSharedFixtures::sameRowsAsTheSource()
{
    QFETCH(QString, file);
    QFETCH(int, titleRows);
    CX_REQUIRE_SHARED_DATA(data);
    const QDir fixtures(fixturesDir());

    cx::CsvReader source(fixtures.filePath(u"complaints_300_source.csv"_s));
    QVERIFY2(source.open(), qPrintable(source.errorString()));
    const QList<QStringList> expected = readAll(source).rows;
    QCOMPARE(expected.size(), 301);

    const std::unique_ptr<cx::TableReader> reader = cx::createTableReader(fixtures.filePath(file));
    QVERIFY(dynamic_cast<cx::WorkbookReader *>(reader.get()));
    QVERIFY2(reader->open(), qPrintable(reader->errorString()));
    const auto result = readAll(*reader);
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    QVERIFY2(reader->issues().isEmpty(), qPrintable(reader->issues().value(0).message));
    QCOMPARE(result.rows.size(), expected.size() + titleRows);
    if (titleRows > 0) // a title spanning the columns: one cell, then empty ones
        QCOMPARE(result.rows.first().mid(1).join(QString()), QString());

    const qsizetype width = expected.first().size();
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QStringList &actual = result.rows.at(r + titleRows);
        QVERIFY2(actual.size() <= width, qPrintable(actual.join(u'|')));
        for (qsizetype c = 0; c < width; ++c) {
            const QString want = expected.at(r).value(c);
            const QString got = actual.value(c);
            QVERIFY2(sameValue(want, got),
                     qPrintable(u"row %1, column %2: expected \"%3\", read \"%4\""_s.arg(r + 1).arg(c + 1).arg(want, got)));
        }
    }
    QCOMPARE(result.lines.at(titleRows), titleRows + 1); // line = the row's number in its sheet or table
    QCOMPARE(result.lines.last(), expected.size() + titleRows);
}

QTEST_GUILESS_MAIN(TestSharedFixtures)
#include "tst_sharedfixtures.moc"
