#include "demo/demogenerator.h"

#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kH1 = u"complaints_2024H1_gbk.csv"_s;
const QString kH2 = u"complaints_2024H2_utf8bom.csv"_s;
const QString kSurvey = u"survey_2024.xlsx"_s;
const QString kTruth = u"demo_truth.json"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject readTruth(const QString &dir)
{
    return QJsonDocument::fromJson(readAll(dir + u'/' + kTruth)).object();
}

// A small RFC 4180 reader for checking the generated files (quotes, doubled
// quotes, CRLF or LF, line breaks inside quotes); not the project's reader.
QList<QStringList> parseCsv(QStringView text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// True when every record ends with CRLF and line breaks inside quoted fields are bare LF.
bool recordEndsAreCrlf(const QByteArray &bytes)
{
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\r' && (quoted || i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            return false;
        else if (c == '\n' && !quoted && (i == 0 || bytes[i - 1] != '\r'))
            return false;
    }
    return !quoted;
}

QString decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder(bytes);
}

QString decodeGb18030(const QByteArray &bytes, bool *ok = nullptr)
{
    QStringDecoder decoder("GB18030");
    const QString text = decoder(bytes);
    if (ok)
        *ok = decoder.isValid() && !decoder.hasError();
    return text;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QList<QStringList> readCsv(const QString &path, bool gbk)
{
    const QByteArray bytes = readAll(path);
    return parseCsv(gbk ? decodeGb18030(bytes) : decodeUtf8(bytes));
}

QStringList zipEntries(const QString &path)
{
    QStringList names;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return names;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[512];
        unzGetCurrentFileInfo64(zip, nullptr, name, sizeof name, nullptr, 0, nullptr, 0);
        names << QString::fromUtf8(name);
    }
    unzClose(zip);
    return names;
}

QByteArray zipEntry(const QString &path, const char *entry)
{
    QByteArray bytes;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return bytes;
    if (unzLocateFile(zip, entry, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return bytes;
}

int columnIndex(QStringView reference)
{
    int index = 0;
    for (QChar c : reference) {
        if (!c.isLetter())
            break;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

// Cell values of a worksheet (inline strings and numbers), one list per row.
QList<QStringList> sheetRows(const QByteArray &xml)
{
    QList<QStringList> rows;
    QXmlStreamReader reader(xml);
    int column = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == "row"_L1) {
            rows.append(QStringList());
        } else if (reader.name() == "c"_L1) {
            column = columnIndex(reader.attributes().value("r"_L1));
        } else if ((reader.name() == "v"_L1 || reader.name() == "t"_L1) && !rows.isEmpty()) {
            QStringList &row = rows.last();
            while (row.size() <= column)
                row << QString();
            row[column] = reader.readElementText();
        }
    }
    return rows;
}

cx::DemoResult generate(const QString &dir, qint64 complaints, qint64 surveys, quint64 seed = 20240101,
                        cx::DemoFormat format = cx::DemoFormat::Mixed)
{
    cx::DemoOptions options;
    options.outputDir = dir;
    options.complaints = complaints;
    options.surveys = surveys;
    options.seed = seed;
    options.format = format;
    return cx::DemoGenerator(options).run();
}

QStringList fileNames(const cx::DemoResult &result)
{
    QStringList names;
    for (const cx::DemoFile &file : result.files)
        names << file.fileName;
    return names;
}

// Default category map of the sample exports (README of ../shared/data).
QString stageOf(const QString &category)
{
    static const QHash<QString, QString> stages{
        {u"网速慢"_s, u"使用"_s},     {u"信号差"_s, u"使用"_s},         {u"掉话"_s, u"使用"_s},
        {u"频繁掉线"_s, u"使用"_s},   {u"播放卡顿"_s, u"使用"_s},       {u"权益不符"_s, u"使用"_s},
        {u"不知情订购"_s, u"订购"_s}, {u"订购失败"_s, u"订购"_s},       {u"排队时间长"_s, u"订购"_s},
        {u"扣费异议"_s, u"缴费"_s},   {u"套餐资费不清"_s, u"了解"_s},   {u"营销短信过多"_s, u"了解"_s},
        {u"退订困难"_s, u"续订退订"_s}, {u"安装超时"_s, u"开通"_s},     {u"接通难"_s, u"咨询投诉"_s},
        {u"问题未解决"_s, u"咨询投诉"_s},
    };
    return stages.value(category);
}

// Unique complaints of a mixed run: the rows of both period files, each work order once.
QList<QStringList> uniqueComplaints(const QString &dir)
{
    QList<QStringList> h1 = readCsv(dir + u'/' + kH1, true);
    const QList<QStringList> h2 = readCsv(dir + u'/' + kH2, false);
    h1 = h1.mid(2, h1.size() - 3); // title and header above, footer below
    QSet<QString> seen;
    QList<QStringList> rows;
    for (const QStringList &row : h1)
        if (!seen.contains(row[0]))
            seen.insert(row[0]), rows << row;
    for (const QStringList &row : h2.mid(1))
        if (!seen.contains(row[0]))
            seen.insert(row[0]), rows << row;
    return rows;
}

QDateTime parseMoment(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text, u"yyyy/M/d H:mm:ss"_s);
    if (!moment.isValid())
        moment = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    return moment;
}

// Standard Kano evaluation table; answers in the order 我喜欢 理所当然 无所谓 能忍受 我不喜欢.
QChar kanoClass(const QString &functional, const QString &dysfunctional)
{
    static const QStringList answers{u"我喜欢"_s, u"理所当然"_s, u"无所谓"_s, u"能忍受"_s, u"我不喜欢"_s};
    static const char *table[5] = {"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"};
    const auto f = answers.indexOf(functional);
    const auto d = answers.indexOf(dysfunctional);
    if (f < 0 || d < 0)
        return u'?';
    return QChar::fromLatin1(table[f][d]);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void determinism();
    void mixedFilesAndShapes();
    void singleFormat_data();
    void singleFormat();
    void rowCounts_data();
    void rowCounts();
    void surveyWorkbook();
    void truthMatchesFiles();
    void progressAndCancel_data();
    void progressAndCancel();
    void errors();
    void cliHelp();
    void cliBadArguments_data();
    void cliBadArguments();
    void cliRun();
};

void TestDemoGenerator::determinism()
{
    QTemporaryDir a, b, c;
    QVERIFY(generate(a.path(), 3000, 400, 77).ok);
    QVERIFY(generate(b.path(), 3000, 400, 77).ok);
    const cx::DemoResult other = generate(c.path(), 3000, 400, 78);
    QVERIFY(other.ok);
    for (const QString &name : fileNames(other)) {
        const QByteArray first = readAll(a.filePath(name));
        QVERIFY2(!first.isEmpty(), qPrintable(name));
        QVERIFY2(first == readAll(b.filePath(name)), qPrintable(name + u" differs for the same seed"_s));
        if (name != u"indicator_tree.csv"_s) // the tree is fixed; everything else is drawn
            QVERIFY2(first != readAll(c.filePath(name)), qPrintable(name + u" is the same for another seed"_s));
    }
}

void TestDemoGenerator::mixedFilesAndShapes()
{
    QTemporaryDir dir;
    const cx::DemoResult result = generate(dir.path(), 4000, 300);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(fileNames(result),
             (QStringList{u"product_monthly.csv"_s, u"product_funnel.csv"_s, u"indicator_tree.csv"_s,
                          u"indicator_values.csv"_s, kH1, kH2, kSurvey, kTruth}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), result.files.size());

    // First period: GBK, CRLF, slash dates, title and footer rows, line breaks inside quotes.
    const QByteArray h1Bytes = readAll(dir.filePath(kH1));
    bool decoded = false;
    const QString h1Text = decodeGb18030(h1Bytes, &decoded);
    QVERIFY(decoded);
    QVERIFY(!isValidUtf8(h1Bytes));
    QVERIFY(!h1Bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(recordEndsAreCrlf(h1Bytes));
    const QList<QStringList> h1 = parseCsv(h1Text);
    QVERIFY(QRegularExpression(u"^2024年1-\\d{1,2}月投诉工单明细$"_s).match(h1[0][0]).hasMatch());
    QCOMPARE(h1[1].first(), u"工单流水号"_s);
    QVERIFY(h1[1].contains(u"受理时间"_s) && h1[1].contains(u"归属地市"_s) && h1[1].contains(u"投诉内容"_s));
    QCOMPARE(h1[1].size(), 20);
    const qint64 firstRows = 4000 - 4000 / 2;
    QCOMPARE(h1.last(), (QStringList{u"合计"_s, u"%1条"_s.arg(firstRows)}));
    const QList<QStringList> h1Rows = h1.mid(2, h1.size() - 3);
    QCOMPARE(h1Rows.size(), firstRows);
    QVERIFY(QRegularExpression(u"^2024/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d\\d:\\d\\d$"_s).match(h1Rows[0][1]).hasMatch());
    const int contentColumn = int(h1[1].indexOf(u"投诉内容"_s));
    QVERIFY(std::any_of(h1Rows.begin(), h1Rows.end(),
                        [&](const QStringList &row) { return row[contentColumn].contains(u'\n'); }));
    QVERIFY(h1Bytes.endsWith("\r\n"));

    // Second period: UTF-8 with BOM, LF, ISO dates, synonyms and an empty last column.
    const QByteArray h2Bytes = readAll(dir.filePath(kH2));
    QVERIFY(h2Bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(isValidUtf8(h2Bytes));
    QVERIFY(!h2Bytes.contains('\r'));
    const QList<QStringList> h2 = parseCsv(decodeUtf8(h2Bytes));
    QCOMPARE(h2[0].size(), 21);
    QCOMPARE(h2[0].last(), QString());
    QVERIFY(h2[0].contains(u"创建时间"_s) && h2[0].contains(u"地市"_s) && h2[0].contains(u"问题描述"_s));
    QVERIFY(!h2[0].contains(u"受理时间"_s));
    const QList<QStringList> h2Rows = h2.mid(1);
    const qint64 overlap = cx::DemoGenerator::overlapRows(4000);
    QCOMPARE(overlap, 80);
    QCOMPARE(h2Rows.size(), 4000 - firstRows + overlap);
    QVERIFY(QRegularExpression(u"^2024-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s).match(h2Rows[0][1]).hasMatch());

    // The overlap: the last rows of the first file, repeated in the same order and content.
    for (qint64 i = 0; i < overlap; ++i) {
        const QStringList &first = h1Rows[h1Rows.size() - overlap + i];
        const QStringList &second = h2Rows[i];
        QCOMPARE(second.size(), 21);
        QCOMPARE(second.last(), QString());
        for (int col = 0; col < 20; ++col) {
            if (col == 1 || col == 2)
                QCOMPARE(parseMoment(second[col]), parseMoment(first[col]));
            else
                QCOMPARE(second[col], first[col]);
        }
    }
    QVERIFY(h2Rows[overlap][0] != h1Rows.last()[0]);

    // Work-order numbers: GD + acceptance date + 7 digits, unique within each file.
    const QRegularExpression number(u"^GD(2024\\d{4})\\d{7}$"_s);
    for (const QList<QStringList> *rows : {&h1Rows, &h2Rows}) {
        QSet<QString> ids;
        for (const QStringList &row : *rows) {
            const QRegularExpressionMatch match = number.match(row[0]);
            QVERIFY2(match.hasMatch(), qPrintable(row[0]));
            QCOMPARE(match.captured(1), parseMoment(row[1]).date().toString(u"yyyyMMdd"_s));
            QVERIFY2(parseMoment(row[2]) >= parseMoment(row[1]), qPrintable(row[0]));
            ids.insert(row[0]);
        }
        QCOMPARE(ids.size(), rows->size());
    }
}

void TestDemoGenerator::singleFormat_data()
{
    QTest::addColumn<cx::DemoFormat>("format");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("utf8") << cx::DemoFormat::Utf8 << u"complaints_2024_utf8.csv"_s;
    QTest::newRow("gbk") << cx::DemoFormat::Gbk << u"complaints_2024_gbk.csv"_s;
    QTest::newRow("xlsx") << cx::DemoFormat::Xlsx << u"complaints_2024.xlsx"_s;
}

void TestDemoGenerator::singleFormat()
{
    QFETCH(cx::DemoFormat, format);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const qint64 complaints = 1500;
    const cx::DemoResult result = generate(dir.path(), complaints, 50, 9, format);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    const QStringList names = fileNames(result);
    QCOMPARE(names.filter(u"complaints"_s), QStringList{fileName});
    QVERIFY(names.contains(kSurvey) && names.contains(u"product_monthly.csv"_s) && names.contains(kTruth));
    QCOMPARE(result.files[names.indexOf(fileName)].rows, complaints);

    QList<QStringList> rows;
    const QString path = dir.filePath(fileName);
    if (format == cx::DemoFormat::Xlsx) {
        const QByteArray workbook = zipEntry(path, "xl/workbook.xml");
        QVERIFY(workbook.contains("name=\"投诉工单\""));
        const QByteArray sheet = zipEntry(path, "xl/worksheets/sheet1.xml");
        QVERIFY(sheet.contains("<dimension ref=\"A1:T1501\"/>"));
        rows = sheetRows(sheet);
        QVERIFY(zipEntry(path, "xl/styles.xml").contains("yyyy-mm-dd hh:mm:ss"));
        bool isNumber = false;
        QVERIFY(rows[1][1].toDouble(&isNumber) > 45292.0 && isNumber); // a real date cell
    } else {
        const QByteArray bytes = readAll(path);
        const bool gbk = format == cx::DemoFormat::Gbk;
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(isValidUtf8(bytes), !gbk);
        QCOMPARE(bytes.contains("\r\n"), gbk);
        rows = parseCsv(gbk ? decodeGb18030(bytes) : decodeUtf8(bytes));
    }
    QCOMPARE(rows.size(), complaints + 1); // header and rows: no title, footer or overlap
    QCOMPARE(rows[0].first(), u"工单流水号"_s);
    QCOMPARE(rows[0].size(), 20);
    QSet<QString> ids;
    for (const QStringList &row : rows.mid(1))
        ids.insert(row[0]);
    QCOMPARE(ids.size(), complaints);
}

void TestDemoGenerator::rowCounts_data()
{
    QTest::addColumn<qint64>("complaints");
    QTest::addColumn<qint64>("surveys");
    QTest::newRow("one each") << qint64(1) << qint64(1);
    QTest::newRow("tiny") << qint64(7) << qint64(13);
    QTest::newRow("odd") << qint64(999) << qint64(61);
    QTest::newRow("full overlap") << qint64(30001) << qint64(200);
}

void TestDemoGenerator::rowCounts()
{
    QFETCH(qint64, complaints);
    QFETCH(qint64, surveys);
    QTemporaryDir dir;
    const cx::DemoResult result = generate(dir.path(), complaints, surveys);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    const qint64 overlap = cx::DemoGenerator::overlapRows(complaints);
    QCOMPARE(overlap, std::min<qint64>({500, std::max<qint64>(1, complaints / 50), complaints - complaints / 2}));
    const QList<QStringList> h1 = readCsv(dir.filePath(kH1), true);
    const QList<QStringList> h2 = readCsv(dir.filePath(kH2), false);
    QCOMPARE(qint64(h1.size() - 3), complaints - complaints / 2);
    QCOMPARE(qint64(h2.size() - 1), complaints / 2 + overlap);
    QCOMPARE(qint64(uniqueComplaints(dir.path()).size()), complaints);
    const QList<QStringList> survey = sheetRows(zipEntry(dir.filePath(kSurvey), "xl/worksheets/sheet2.xml"));
    QCOMPARE(qint64(survey.size() - 2), surveys);
    const QJsonObject truth = readTruth(dir.path());
    QCOMPARE(truth.value("complaints_unique"_L1).toInteger(), complaints);
    QCOMPARE(truth.value("survey_responses"_L1).toInteger(), surveys);
}

void TestDemoGenerator::surveyWorkbook()
{
    QTemporaryDir dir;
    QVERIFY(generate(dir.path(), 100, 250).ok);
    const QString path = dir.filePath(kSurvey);
    QVERIFY(readAll(path).startsWith("PK\x03\x04"));
    const QStringList entries = zipEntries(path);
    QVERIFY(entries.contains(u"xl/worksheets/sheet1.xml"_s) && entries.contains(u"xl/worksheets/sheet2.xml"_s));

    const QByteArray workbook = zipEntry(path, "xl/workbook.xml");
    const qsizetype notes = workbook.indexOf("<sheet name=\"说明\"");
    const qsizetype data = workbook.indexOf("<sheet name=\"问卷数据\"");
    QVERIFY(notes > 0 && data > notes);

    const QList<QStringList> noteRows = sheetRows(zipEntry(path, "xl/worksheets/sheet1.xml"));
    QVERIFY(noteRows.size() >= 3);
    QVERIFY(noteRows.first().first().contains(u"说明"_s));

    const QByteArray sheet = zipEntry(path, "xl/worksheets/sheet2.xml");
    QVERIFY(sheet.contains("<mergeCell ref=\"A1:AF1\"/>"));
    QVERIFY(sheet.contains("<dimension ref=\"A1:AF252\"/>"));
    const QList<QStringList> rows = sheetRows(sheet);
    QCOMPARE(rows.size(), 252);
    QVERIFY(rows[0][0].startsWith(u"2024年客户满意度调查"_s));
    const QStringList header = rows[1];
    QCOMPARE(header.size(), 32);
    QCOMPARE(header.mid(0, 7), (QStringList{u"序号"_s, u"提交答卷时间"_s, u"所用时间"_s, u"来源"_s,
                                            u"手机号码"_s, u"地市"_s, u"产品"_s}));
    QCOMPARE(header[7], u"1、您对本产品的整体满意度打几分？(1-10分)"_s);
    QCOMPARE(header[8], u"2、您向亲友推荐本产品的可能性有多大？(0-10分)"_s);
    QCOMPARE(header[9], u"3、您对“了解”环节的满意度(1-10分)"_s);
    QCOMPARE(header[12], u"6、您对“使用”环节的满意度(1-10分)"_s);
    QCOMPARE(header[15], u"9、如果提供“播放不卡顿”，您的感受是？"_s);
    QCOMPARE(header[16], u"10、如果不提供“播放不卡顿”，您的感受是？"_s);
    QCOMPARE(header[31], u"25、您不满意的主要原因是？"_s);

    // Submission times are date cells (a number with the date style), in 2024 and in order.
    QVERIFY(zipEntry(path, "xl/styles.xml").contains("yyyy-mm-dd hh:mm:ss"));
    QVERIFY(sheet.contains("<c r=\"B3\" s="));
    double previous = 0;
    for (const QStringList &row : rows.mid(2)) {
        const double serial = row[1].toDouble();
        QVERIFY(serial >= 45292.0 && serial < 45658.0);
        QVERIFY(serial >= previous);
        previous = serial;
        QVERIFY(QRegularExpression(u"^1\\d\\d\\*{4}\\d{4}$"_s).match(row[4]).hasMatch());
        const int overall = row[7].toInt();
        QVERIFY(overall >= 1 && overall <= 10);
        QVERIFY(kanoClass(row[15], row[16]) != u'?');
    }
}

void TestDemoGenerator::truthMatchesFiles()
{
    QTemporaryDir dir;
    const qint64 complaints = 12000;
    const qint64 surveys = 6000;
    QVERIFY(generate(dir.path(), complaints, surveys).ok);
    const QJsonObject truth = readTruth(dir.path());

    // Complaints: recount stages, categories and the planted spike from the two period files.
    const QList<QStringList> rows = uniqueComplaints(dir.path());
    QCOMPARE(qint64(rows.size()), truth.value("complaints_unique"_L1).toInteger());
    QHash<QString, qint64> byStage, byCategory;
    QHash<QString, qint64> byProductMonth;
    const QJsonObject spike = truth.value("planted_complaint_spike"_L1).toObject();
    const QString spikeMonth = spike.value("month"_L1).toString();
    const QString spikeBefore = QDate::fromString(spikeMonth + u"-01"_s, u"yyyy-MM-dd"_s).addMonths(-1).toString(u"yyyy-MM"_s);
    qint64 spikeCount = 0, spikeBeforeCount = 0;
    for (const QStringList &row : rows) {
        const QString month = parseMoment(row[1]).toString(u"yyyy-MM"_s);
        ++byStage[stageOf(row[12])];
        ++byCategory[row[12]];
        ++byProductMonth[row[9] + u'|' + month];
        if (row[9] == spike.value("product"_L1).toString() && row[6] == spike.value("city"_L1).toString()
            && row[12] == spike.value("category"_L1).toString()) {
            spikeCount += month == spikeMonth;
            spikeBeforeCount += month == spikeBefore;
        }
    }
    QVERIFY(!byStage.contains(QString())); // every category maps to a stage
    const QJsonObject stages = truth.value("complaints_by_stage"_L1).toObject();
    QCOMPARE(stages.size(), 7);
    for (auto it = stages.begin(); it != stages.end(); ++it)
        QCOMPARE(byStage.value(it.key()), it.value().toInteger());
    QVERIFY(byStage.value(u"使用"_s) > byStage.value(u"订购"_s));
    const QJsonArray top = truth.value("top_categories"_L1).toArray();
    QCOMPARE(top.size(), 10);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &entry : top) {
        const qint64 count = entry.toArray().at(1).toInteger();
        QCOMPARE(byCategory.value(entry.toArray().at(0).toString()), count);
        QVERIFY(count <= previous);
        previous = count;
    }
    QCOMPARE(spike.value("count"_L1).toInteger(), spikeCount);
    QCOMPARE(spike.value("previous_month_count"_L1).toInteger(), spikeBeforeCount);
    QVERIFY2(spikeCount > 2 * spikeBeforeCount + 10, qPrintable(u"%1 vs %2"_s.arg(spikeCount).arg(spikeBeforeCount)));

    // Product monthly figures: 2024 complaints are exactly the generated rows.
    const QList<QStringList> monthly = readCsv(dir.filePath(u"product_monthly.csv"_s), false);
    QCOMPARE(monthly.size(), 241);
    QVERIFY(readAll(dir.filePath(u"product_monthly.csv"_s)).startsWith("\xEF\xBB\xBF"));
    QCOMPARE(monthly[0], (QStringList{u"产品名称"_s, u"统计月份"_s, u"用户数"_s, u"新增用户数"_s, u"流失用户数"_s,
                                      u"咨询量"_s, u"投诉量"_s}));
    for (const QStringList &row : monthly.mid(1))
        if (row[1].startsWith(u"2024"_s))
            QCOMPARE(byProductMonth.value(row[0] + u'|' + row[1]), row[6].toLongLong());

    // Indicators: the planted chain is the only miss, in the planted month and city.
    QHash<QString, QStringList> tree;
    for (const QStringList &row : readCsv(dir.filePath(u"indicator_tree.csv"_s), false).mid(1))
        tree.insert(row[0], row);
    QCOMPARE(tree.size(), 35);
    QStringList misses;
    for (const QStringList &row : readCsv(dir.filePath(u"indicator_values.csv"_s), false).mid(1)) {
        const QStringList &def = tree.value(row[0]);
        const double target = def[6].toDouble();
        const double value = row[3].toDouble();
        const bool met = def[7] == u"越高越好"_s ? value >= target : value <= target;
        if (!met) {
            QCOMPARE(row[2], truth.value("indicator_miss_city"_L1).toString());
            misses << row[1] + u'|' + row[0];
        }
    }
    const QJsonObject expectedMisses = truth.value("indicator_misses"_L1).toObject();
    QCOMPARE(expectedMisses.size(), 1);
    QStringList expected;
    for (const QJsonValue &code : expectedMisses.begin().value().toArray())
        expected << expectedMisses.begin().key() + u'|' + code.toString();
    QCOMPARE(misses, expected);
    // The chain: a KOI under a missed KEI under one perception element.
    const QStringList koi = tree.value(expected.last().section(u'|', 1));
    QVERIFY(expected.contains(expectedMisses.begin().key() + u'|' + koi[3]));

    // Funnel: the largest drop of every month is the product's planted gap.
    const QJsonObject gaps = truth.value("experience_gap"_L1).toObject();
    const QList<QStringList> funnel = readCsv(dir.filePath(u"product_funnel.csv"_s), false);
    QCOMPARE(funnel.size(), 121);
    for (const QStringList &row : funnel.mid(1)) {
        int largest = 0;
        for (int i = 1; i < 3; ++i)
            if (row[2 + i].toDouble() - row[3 + i].toDouble() > row[2 + largest].toDouble() - row[3 + largest].toDouble())
                largest = i;
        QCOMPARE(funnel[0][2 + largest] + u"->"_s + funnel[0][3 + largest], gaps.value(row[0]).toString());
    }

    // Survey: NPS, the planted drop and the Kano classes recounted from the sheet.
    const QList<QStringList> survey = sheetRows(zipEntry(dir.filePath(kSurvey), "xl/worksheets/sheet2.xml")).mid(2);
    QCOMPARE(qint64(survey.size()), truth.value("survey_responses"_L1).toInteger());
    qint64 promoters = 0, detractors = 0;
    const QJsonObject drop = truth.value("planted_satisfaction_drop"_L1).toObject();
    QCOMPARE(drop.value("stage"_L1).toString(), u"使用"_s);
    const QString dropMonth = drop.value("month"_L1).toString();
    const QString dropBefore = QDate::fromString(dropMonth + u"-01"_s, u"yyyy-MM-dd"_s).addMonths(-1).toString(u"yyyy-MM"_s);
    double sumBefore = 0, sumAfter = 0;
    int nBefore = 0, nAfter = 0;
    const QJsonObject kano = truth.value("kano_true_class"_L1).toObject();
    QCOMPARE(kano.size(), 8);
    const QStringList header = sheetRows(zipEntry(dir.filePath(kSurvey), "xl/worksheets/sheet2.xml"))[1];
    QHash<QString, QHash<QChar, int>> kanoCounts;
    for (const QStringList &row : survey) {
        const int recommend = row[8].toInt();
        promoters += recommend >= 9;
        detractors += recommend <= 6;
        const QString month = QDate(1899, 12, 30).addDays(qint64(std::floor(row[1].toDouble()))).toString(u"yyyy-MM"_s);
        if (row[6] == drop.value("product"_L1).toString()) {
            if (month == dropMonth)
                sumAfter += row[12].toInt(), ++nAfter;
            else if (month == dropBefore)
                sumBefore += row[12].toInt(), ++nBefore;
        }
        for (int col = 15; col < 31; col += 2) {
            const QString feature = header[col].section(u'“', 1).section(u'”', 0, 0);
            ++kanoCounts[feature][kanoClass(row[col], row[col + 1])];
        }
    }
    const double nps = std::round(10000.0 * double(promoters - detractors) / double(survey.size())) / 100.0;
    QCOMPARE(truth.value("nps"_L1).toDouble(), nps);
    QCOMPARE(drop.value("n_before"_L1).toInt(), nBefore);
    QCOMPARE(drop.value("n_after"_L1).toInt(), nAfter);
    QVERIFY(nBefore >= 150 && nAfter >= 150);
    QCOMPARE(drop.value("mean_before"_L1).toDouble(), std::round(100.0 * sumBefore / nBefore) / 100.0);
    QCOMPARE(drop.value("mean_after"_L1).toDouble(), std::round(100.0 * sumAfter / nAfter) / 100.0);
    QVERIFY(drop.value("mean_before"_L1).toDouble() - drop.value("mean_after"_L1).toDouble() > 1.2);
    for (auto it = kano.begin(); it != kano.end(); ++it) {
        const QHash<QChar, int> &counts = kanoCounts.value(it.key());
        QVERIFY2(!counts.isEmpty(), qPrintable(it.key()));
        const auto best = std::max_element(counts.begin(), counts.end());
        QCOMPARE(QString(best.key()), it.value().toString());
    }

    // Lifecycle: the users curves have the planted shapes (coarse checks per type).
    QHash<QString, QList<double>> users;
    for (const QStringList &row : monthly.mid(1))
        users[row[0]] << row[2].toDouble();
    const QJsonObject lifecycle = truth.value("lifecycle"_L1).toObject();
    QCOMPARE(lifecycle.size(), 10);
    for (auto it = lifecycle.begin(); it != lifecycle.end(); ++it) {
        const QList<double> &u = users.value(it.key());
        QCOMPARE(u.size(), 24);
        const double peak = *std::max_element(u.begin(), u.end());
        const QString type = it.value().toObject().value("lifecycle"_L1).toString();
        if (type == u"B"_s)
            QVERIFY2(u[23] > 1.4 * u[12] && u[12] > 1.4 * u[0], qPrintable(it.key()));
        else if (type == u"C"_s)
            QVERIFY2(u[23] < 0.75 * peak && peak > 1.1 * u[0], qPrintable(it.key()));
        else if (type == u"A"_s)
            QVERIFY2(std::abs(u[23] - u[14]) < 0.06 * peak && u[14] > 1.2 * u[0], qPrintable(it.key()));
        else
            QVERIFY2(u[22] > 1.2 * u[13] && u[13] > 1.3 * u[0] && std::abs(u[13] - u[8]) < 0.08 * u[13],
                     qPrintable(it.key()));
    }
}

void TestDemoGenerator::progressAndCancel_data()
{
    QTest::addColumn<cx::DemoFormat>("format");
    QTest::newRow("mixed") << cx::DemoFormat::Mixed;
    QTest::newRow("xlsx") << cx::DemoFormat::Xlsx;
}

void TestDemoGenerator::progressAndCancel()
{
    QFETCH(cx::DemoFormat, format);
    QTemporaryDir dir;
    cx::DemoOptions options;
    options.outputDir = dir.filePath(u"out"_s);
    options.complaints = 40000;
    options.surveys = 100;
    options.format = format;
    QList<qint64> done;
    qint64 total = 0;
    const cx::DemoResult full = cx::DemoGenerator(options).run([&](qint64 d, qint64 t) {
        done << d;
        total = t;
        return true;
    });
    QVERIFY(full.ok);
    QVERIFY(done.size() > 3);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.last(), total);
    const qint64 overlap = format == cx::DemoFormat::Mixed ? cx::DemoGenerator::overlapRows(40000) : 0;
    QCOMPARE(total, 4283 + 40000 + overlap + 100);

    // Canceling mid-way (inside the complaint file) removes everything the run wrote,
    // temporary files included.
    options.outputDir = dir.filePath(u"canceled"_s);
    int calls = 0;
    const cx::DemoResult canceled = cx::DemoGenerator(options).run([&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!canceled.ok);
    QVERIFY(canceled.canceled);
    QVERIFY(!canceled.errorMessage.isEmpty());
    QCOMPARE(QDir(options.outputDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDemoGenerator::errors()
{
    QTemporaryDir dir;
    // The output "folder" is a file: it cannot be created, and the message names it.
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    QVERIFY(cx::test::writeFile(blocker, "x"));
    const cx::DemoResult result = generate(blocker + u"/inside"_s, 10, 10);
    QVERIFY(!result.ok);
    QVERIFY(!result.canceled);
    QVERIFY2(result.errorMessage.contains(QDir::toNativeSeparators(blocker)), qPrintable(result.errorMessage));

    cx::DemoOptions options;
    options.outputDir = dir.path();
    QVERIFY(cx::DemoGenerator::validate(options).isEmpty());
    options.complaints = 0;
    QVERIFY(!cx::DemoGenerator::validate(options).isEmpty());
    options.complaints = cx::DemoGenerator::kMaxXlsxComplaints + 1;
    QVERIFY(cx::DemoGenerator::validate(options).isEmpty());
    options.format = cx::DemoFormat::Xlsx;
    QVERIFY(cx::DemoGenerator::validate(options).contains(u"XLSX"_s));
    options.format = cx::DemoFormat::Gbk;
    options.surveys = 0;
    QVERIFY(!cx::DemoGenerator::validate(options).isEmpty());
    QVERIFY(!cx::DemoGenerator(options).run().ok);

    QCOMPARE(cx::DemoGenerator::formatFromName(u"GBK"), cx::DemoFormat::Gbk);
    QCOMPARE(cx::DemoGenerator::formatFromName(u"csv"), std::nullopt);
}

void TestDemoGenerator::cliHelp()
{
    QProcess cli;
    cli.start(cx::test::cliPath(), {u"demo"_s, u"--help"_s});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    for (const char *option : {"-o", "--complaints", "--surveys", "--seed", "--format", "mixed", "utf8", "gbk", "xlsx"})
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
}

void TestDemoGenerator::cliBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("complaints not a number") << QStringList{u"--complaints"_s, u"abc"_s} << u"--complaints"_s;
    QTest::newRow("complaints zero") << QStringList{u"--complaints"_s, u"0"_s} << u"--complaints"_s;
    QTest::newRow("complaints too many") << QStringList{u"--complaints"_s, u"100000001"_s} << u"--complaints"_s;
    QTest::newRow("surveys negative") << QStringList{u"--surveys"_s, u"-5"_s} << u"--surveys"_s;
    QTest::newRow("seed") << QStringList{u"--seed"_s, u"x1"_s} << u"--seed"_s;
    QTest::newRow("format") << QStringList{u"--format"_s, u"csv"_s} << u"--format"_s;
    QTest::newRow("unknown option") << QStringList{u"--rows"_s, u"5"_s} << u"rows"_s;
}

void TestDemoGenerator::cliBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QProcess cli;
    cli.start(cx::test::cliPath(), QStringList{u"demo"_s, u"-o"_s, dir.path()} + arguments);
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 64);
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(u"--help"_s), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

    QProcess missing;
    missing.start(cx::test::cliPath(), {u"demo"_s});
    QVERIFY(missing.waitForFinished(30000));
    QCOMPARE(missing.exitCode(), 64);
    QVERIFY(QString::fromUtf8(missing.readAllStandardError()).contains(u"-o"_s));
}

void TestDemoGenerator::cliRun()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo out"_s);
    QProcess cli;
    cli.start(cx::test::cliPath(), {u"demo"_s, u"-o"_s, out, u"--complaints"_s, u"500"_s, u"--surveys"_s, u"40"_s,
                                    u"--seed"_s, u"5"_s, u"--format"_s, u"utf8"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(printed.contains(u"complaints_2024_utf8.csv"_s) && printed.contains(u"500"_s), qPrintable(printed));
    QVERIFY(printed.contains(kSurvey) && printed.contains(kTruth));
    QCOMPARE(readTruth(out).value("complaints_unique"_L1).toInteger(), 500);

    // A folder that cannot be created is a failure (not a usage error), explained on stderr.
    QVERIFY(cx::test::writeFile(dir.filePath(u"file"_s), "x"));
    QProcess blocked;
    blocked.start(cx::test::cliPath(), {u"demo"_s, u"-o"_s, dir.filePath(u"file/sub"_s)});
    QVERIFY(blocked.waitForFinished(30000));
    QCOMPARE(blocked.exitCode(), 1);
    QVERIFY(QString::fromUtf8(blocked.readAllStandardError()).contains(u"folder"_s));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
