#include "import/mappingprofile.h"
#include "import/textnormalize.h"
#include "workspace/schema.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using cx::MappingProfile;

namespace {

// Table name -> column names, read from the workspace schema's CREATE TABLE statements.
QHash<QString, QSet<QString>> schemaColumns()
{
    QHash<QString, QSet<QString>> tables;
    static const QRegularExpression create(uR"(CREATE TABLE (\w+) \((.*)\))"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    for (const cx::Migration &migration : cx::schemaMigrations()) {
        for (const QString &statement : migration.statements) {
            const QRegularExpressionMatch match = create.match(statement);
            if (!match.hasMatch())
                continue;
            QSet<QString> &columns = tables[match.captured(1)];
            for (const QString &line : match.captured(2).split(u'\n')) {
                const QString name = line.trimmed().section(u' ', 0, 0);
                if (!name.isEmpty() && name != "PRIMARY"_L1)
                    columns.insert(name);
            }
        }
    }
    return tables;
}

} // namespace

class TstMappingProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void builtInProfilesLoad();
    void fieldsMatchSchema();
    void noSynonymMeansTwoFields();
    void labels();
    void normalizeHeader_data();
    void normalizeHeader();
    void matchHeader_data();
    void matchHeader();
    void containedSynonymScoresLess();
    void jsonRoundTrip();
    void addSynonym();
    void fromJsonErrors_data();
    void fromJsonErrors();
};

void TstMappingProfile::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TstMappingProfile::builtInProfilesLoad()
{
    const QStringList kinds{u"complaints"_s, u"survey"_s, u"product_monthly"_s, u"funnel"_s, u"indicator_tree"_s,
                            u"indicator_values"_s};
    QCOMPARE(MappingProfile::builtInKinds(), kinds);
    QCOMPARE(MappingProfile::builtInProfiles().size(), kinds.size());
    for (const QString &kind : kinds) {
        const MappingProfile profile = MappingProfile::builtIn(kind);
        QVERIFY2(profile.isValid(), qPrintable(kind));
        QCOMPARE(profile.kind(), kind);
        QVERIFY(!profile.requiredFields().isEmpty());
    }
    QVERIFY(!MappingProfile::builtIn(u"no_such_kind").isValid());
    QCOMPARE(MappingProfile::builtIn(u"survey").extraColumns(), cx::ExtraColumns::SurveyQuestions);
    QCOMPARE(MappingProfile::builtIn(u"complaints").extraColumns(), cx::ExtraColumns::Ignore);
    QCOMPARE(MappingProfile::builtIn(u"complaints").requiredFields(),
             (QStringList{u"order_no"_s, u"accepted_at"_s}));
}

// Every stored field is a column of the profile's table, so the pipeline can
// insert by name; the non-stored ones are recognised only.
void TstMappingProfile::fieldsMatchSchema()
{
    const QHash<QString, QSet<QString>> tables = schemaColumns();
    for (const MappingProfile &profile : MappingProfile::builtInProfiles()) {
        QVERIFY2(tables.contains(profile.table()), qPrintable(profile.table()));
        const QSet<QString> &columns = tables.value(profile.table());
        for (const cx::FieldSpec &field : profile.fields()) {
            const QString where = profile.kind() + u'.' + field.name;
            QVERIFY2(columns.contains(field.name) == field.stored, qPrintable(where));
        }
    }
}

void TstMappingProfile::noSynonymMeansTwoFields()
{
    for (const MappingProfile &profile : MappingProfile::builtInProfiles()) {
        QHash<QString, QString> owner;
        for (const cx::FieldSpec &field : profile.fields()) {
            QVERIFY2(field.synonyms.size() >= 1, qPrintable(field.name));
            for (const QString &synonym : field.synonyms + QStringList{field.name}) {
                const QString key = cx::normalizeHeader(synonym);
                const QString previous = owner.value(key, field.name);
                QVERIFY2(previous == field.name,
                         qPrintable(u"%1: \"%2\" is a synonym of %3 and %4"_s.arg(profile.kind(), synonym, previous,
                                                                                 field.name)));
                owner.insert(key, field.name);
                // Each synonym must lead back to its own field.
                QCOMPARE(profile.fields().at(profile.matchHeader(synonym).field).name, field.name);
            }
        }
    }
}

void TstMappingProfile::labels()
{
    for (const MappingProfile &profile : MappingProfile::builtInProfiles()) {
        QVERIFY(MappingProfile::kindLabel(profile.kind()) != profile.kind());
        for (const cx::FieldSpec &field : profile.fields())
            QVERIFY2(MappingProfile::fieldLabel(field.name) != field.name, qPrintable(field.name));
    }
    QCOMPARE(MappingProfile::fieldLabel(u"custom_field"), u"custom_field"_s);
}

void TstMappingProfile::normalizeHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    QTest::newRow("full-width brackets") << u"处理时长（小时）"_s << u"处理时长小时"_s;
    QTest::newRow("ASCII brackets, blanks") << u" 处理时长(小时) "_s << u"处理时长小时"_s;
    QTest::newRow("required mark and colon") << u"*工单编号："_s << u"工单编号"_s;
    QTest::newRow("inner space") << u"客户 号码"_s << u"客户号码"_s;
    QTest::newRow("BOM") << u"\uFEFF工单流水号"_s << u"工单流水号"_s;
    QTest::newRow("English") << u"Order No."_s << u"orderno"_s;
    QTest::newRow("snake case") << u"order_no"_s << u"orderno"_s;
    QTest::newRow("full-width letters") << u"ＡＢＣ　１２"_s << u"abc12"_s;
    QTest::newRow("quotes") << u"3、您对“了解”环节的满意度(1-10分)"_s << u"3您对了解环节的满意度110分"_s;
}

void TstMappingProfile::normalizeHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(cx::normalizeHeader(header), key);
}

void TstMappingProfile::matchHeader_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // empty: no field

    auto rows = [](const QString &kind, const QString &field, const QStringList &headers) {
        for (const QString &header : headers)
            QTest::addRow("%s %s", qPrintable(kind), qPrintable(header)) << kind << header << field;
    };
    const QString complaints = u"complaints"_s;
    rows(complaints, u"accepted_at"_s,
         {u"受理时间"_s, u"创建时间"_s, u"建单时间"_s, u"投诉时间"_s, u"登记时间"_s, u"Created At"_s,
          u"受理时间（系统）"_s});
    rows(complaints, u"city"_s, {u"归属地市"_s, u"地市"_s, u"城市"_s, u"所属地市"_s, u"City"_s});
    rows(complaints, u"content"_s, {u"投诉内容"_s, u"问题描述"_s, u"投诉描述"_s, u"诉求内容"_s, u"Description"_s});
    rows(complaints, u"category3"_s, {u"投诉三级分类"_s, u"三级原因"_s, u"三级分类"_s, u"投诉原因"_s});
    rows(complaints, u"order_no"_s,
         {u"工单流水号"_s, u"工单编号"_s, u"工单号"_s, u"流水号"_s, u"Ticket ID"_s, u"*工单编号"_s});
    rows(complaints, u"duration_hours"_s, {u"处理时长(小时)"_s, u"处理时长（小时）"_s, u"处理时长"_s});
    rows(complaints, u"phone"_s, {u"客户号码"_s, u"手机号码"_s, u"MSISDN"_s});
    rows(complaints, u"repeated"_s, {u"是否重复投诉"_s});
    rows(complaints, u"callback_rating"_s, {u"回访满意度"_s});
    rows(complaints, QString(), {u"备用字段1"_s, u"时间"_s, u""_s});
    rows(u"survey"_s, u"submitted_at"_s, {u"提交答卷时间"_s, u"提交时间"_s, u"答题时间"_s});
    rows(u"survey"_s, u"channel"_s, {u"来源"_s});
    rows(u"survey"_s, u"response_key"_s, {u"序号"_s});
    rows(u"product_monthly"_s, u"month"_s, {u"统计月份"_s, u"月份"_s, u"账期"_s});
    rows(u"product_monthly"_s, u"churned_users"_s, {u"流失用户数"_s, u"离网用户数"_s});
    rows(u"funnel"_s, u"acceptance"_s, {u"认同率"_s, u"认同率(%)"_s});
    rows(u"indicator_tree"_s, u"direction"_s, {u"指标方向"_s, u"极性"_s});
    rows(u"indicator_values"_s, u"value"_s, {u"实际值"_s, u"完成值"_s});
}

void TstMappingProfile::matchHeader()
{
    QFETCH(QString, kind);
    QFETCH(QString, header);
    QFETCH(QString, field);
    const MappingProfile profile = MappingProfile::builtIn(kind);
    const MappingProfile::HeaderMatch match = profile.matchHeader(header);
    QCOMPARE(match.field >= 0 ? profile.fields().at(match.field).name : QString(), field);
    QCOMPARE(match.quality > 0, !field.isEmpty());
}

void TstMappingProfile::containedSynonymScoresLess()
{
    const MappingProfile profile = MappingProfile::builtIn(u"complaints");
    const MappingProfile::HeaderMatch exact = profile.matchHeader(u"受理时间");
    const MappingProfile::HeaderMatch contained = profile.matchHeader(u"受理时间（系统）");
    QCOMPARE(exact.quality, 1.0);
    QCOMPARE(contained.field, exact.field);
    QVERIFY(contained.quality < 1.0 && contained.quality > 0.5);
    // A one-character synonym ("市") is never looked for inside other headers.
    QCOMPARE(profile.matchHeader(u"市场部门").field, -1);
}

void TstMappingProfile::jsonRoundTrip()
{
    for (const MappingProfile &profile : MappingProfile::builtInProfiles()) {
        QString error;
        const MappingProfile copy = MappingProfile::fromJson(profile.toJson(), u"copy"_s, &error);
        QVERIFY2(copy.isValid(), qPrintable(error));
        QCOMPARE(copy.kind(), profile.kind());
        QCOMPARE(copy.table(), profile.table());
        QCOMPARE(copy.extraColumns(), profile.extraColumns());
        QCOMPARE(copy.requireAnyOf(), profile.requireAnyOf());
        QCOMPARE(copy.fields().size(), profile.fields().size());
        for (qsizetype i = 0; i < profile.fields().size(); ++i) {
            const cx::FieldSpec &a = profile.fields().at(i);
            const cx::FieldSpec &b = copy.fields().at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.required, a.required);
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.stored, a.stored);
            QCOMPARE(b.synonyms, a.synonyms);
            QCOMPARE(b.enumValues.size(), a.enumValues.size());
            for (const auto &[canonical, spellings] : a.enumValues)
                for (const QString &spelling : spellings)
                    QCOMPARE(b.enumValue(spelling), canonical);
        }
    }
}

void TstMappingProfile::addSynonym()
{
    MappingProfile profile = MappingProfile::builtIn(u"complaints");
    profile.setName(u"本地客服系统"_s);
    QCOMPARE(profile.matchHeader(u"客户反映问题").field, -1);
    QVERIFY(profile.addSynonym(u"content", u"客户反映问题"_s));
    QCOMPARE(profile.fields().at(profile.matchHeader(u"客户反映问题").field).name, u"content"_s);
    QCOMPARE(profile.field(u"content")->synonyms.constFirst(), u"客户反映问题"_s);

    // A correction takes the header away from the field that had it.
    QVERIFY(profile.addSynonym(u"category3", u"投诉内容"_s));
    QCOMPARE(profile.fields().at(profile.matchHeader(u"投诉内容").field).name, u"category3"_s);
    QVERIFY(!profile.field(u"content")->synonyms.contains(u"投诉内容"_s));
    QVERIFY(!profile.addSynonym(u"no_such_field", u"x"_s));

    // Saved in the workspace as JSON, and read back with the corrections.
    QString error;
    const MappingProfile saved = MappingProfile::fromJson(profile.toJson(), u"本地客服系统"_s, &error);
    QVERIFY2(saved.isValid(), qPrintable(error));
    QCOMPARE(saved.name(), u"本地客服系统"_s);
    QCOMPARE(saved.fields().at(saved.matchHeader(u"客户反映问题").field).name, u"content"_s);
    QCOMPARE(saved.fields().at(saved.matchHeader(u"投诉内容").field).name, u"category3"_s);
}

void TstMappingProfile::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray("{\n  \"kind\": \"complaints\",\n  oops\n}") << u"line 3"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("no kind") << QByteArray(R"({"fields": [{"name": "a"}]})") << u"kind"_s;
    QTest::newRow("no fields") << QByteArray(R"({"kind": "k", "fields": []})") << u"fields"_s;
    QTest::newRow("unnamed field") << QByteArray(R"({"kind": "k", "fields": [{"type": "text"}]})") << u"name"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"kind": "k", "fields": [{"name": "a", "type": "blob"}]})")
                                  << u"blob"_s;
    QTest::newRow("enum without values")
        << QByteArray(R"({"kind": "k", "fields": [{"name": "a", "type": "enum"}]})") << u"values"_s;
    QTest::newRow("field twice") << QByteArray(R"({"kind": "k", "fields": [{"name": "a"}, {"name": "a"}]})")
                                 << u"twice"_s;
    QTest::newRow("require_any unknown")
        << QByteArray(R"({"kind": "k", "require_any": [["b"]], "fields": [{"name": "a"}]})") << u"\"b\""_s;
    QTest::newRow("bad extra_columns")
        << QByteArray(R"({"kind": "k", "extra_columns": "keep", "fields": [{"name": "a"}]})") << u"keep"_s;
}

void TstMappingProfile::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const MappingProfile profile = MappingProfile::fromJson(json, u"我的配置"_s, &error);
    QVERIFY(!profile.isValid());
    QVERIFY2(error.contains(u"我的配置"_s), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstMappingProfile)
#include "tst_mappingprofile.moc"
