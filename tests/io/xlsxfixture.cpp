#include "xlsxfixture.h"

#include <minizip/zip.h>

using namespace Qt::StringLiterals;

namespace cx::test {

namespace {

constexpr char kMainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray relationship(const QByteArray &id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + "/" + type + "\" Target=\"" + target + "\"/>";
}

} // namespace

bool writeZip(const QString &path, const ZipEntries &entries, bool stored)
{
    zipFile zip = zipOpen64(path.toLocal8Bit().constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, content] : entries) {
        zip_fileinfo info{};
        ok = ok
            && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                     stored ? 0 : Z_DEFLATED, stored ? 0 : Z_BEST_COMPRESSION, 0)
                == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

ZipEntries workbookEntries(const QList<SheetXml> &sheets, const QByteArray &sharedStrings, const QByteArray &styles,
                           bool date1904)
{
    const QByteArray header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    QByteArray sheetList;
    QByteArray workbookRels;
    ZipEntries sheetParts;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + sheets[i].name.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        workbookRels += relationship("rId" + n, "worksheet", "worksheets/sheet" + n + ".xml");
        sheetParts.append({u"xl/worksheets/sheet%1.xml"_s.arg(i + 1),
                           header + "<worksheet xmlns=\"" + kMainNs + "\"><sheetData>" + sheets[i].sheetData
                               + "</sheetData></worksheet>"});
    }
    if (!styles.isEmpty())
        workbookRels += relationship("rIdStyles", "styles", "styles.xml");
    if (!sharedStrings.isEmpty())
        workbookRels += relationship("rIdStrings", "sharedStrings", "sharedStrings.xml");

    ZipEntries entries;
    entries.append({u"[Content_Types].xml"_s,
                    header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                             "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"});
    entries.append({u"_rels/.rels"_s, header + "<Relationships xmlns=\"" + kPackageRelNs + "\">"
                                          + relationship("rId1", "officeDocument", "xl/workbook.xml")
                                          + "</Relationships>"});
    entries.append({u"xl/workbook.xml"_s,
                    header + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">"
                        + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" + sheetList
                        + "</sheets></workbook>"});
    entries.append({u"xl/_rels/workbook.xml.rels"_s,
                    header + "<Relationships xmlns=\"" + kPackageRelNs + "\">" + workbookRels + "</Relationships>"});
    if (!styles.isEmpty())
        entries.append({u"xl/styles.xml"_s, styles});
    if (!sharedStrings.isEmpty())
        entries.append({u"xl/sharedStrings.xml"_s, sharedStrings});
    entries.append(sheetParts);
    return entries;
}

} // namespace cx::test
