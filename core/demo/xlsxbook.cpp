#include "demo/xlsxbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cx::demo {

namespace {

// 2025-01-06 09:30:00 UTC: the export date the demo files claim.
constexpr time_t kDocumentTime = 1736155800;

QByteArray nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8(); // libxlsxwriter converts UTF-8 to wide on Windows
#else
    return QFile::encodeName(path);
#endif
}

} // namespace

XlsxBook::~XlsxBook()
{
    cancel();
}

bool XlsxBook::open(const QString &path)
{
    m_path = path;
    m_partPath = path + QStringLiteral(".part");
    m_tmpDir = nativePath(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    const QByteArray target = nativePath(m_partPath);
    m_workbook = workbook_new_opt(target.constData(), &options);
    if (!m_workbook) {
        m_errorString = QCoreApplication::translate("cx::DemoGenerator", "the workbook cannot be created");
        return false;
    }
    lxw_doc_properties properties{};
    properties.created = kDocumentTime;
    workbook_set_properties(m_workbook, &properties);

    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd hh:mm:ss");
    m_titleFormat = workbook_add_format(m_workbook);
    format_set_bold(m_titleFormat);
    format_set_font_size(m_titleFormat, 14);
    format_set_align(m_titleFormat, LXW_ALIGN_CENTER);
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    format_set_bg_color(m_headerFormat, 0xDDEBF7);
    return true;
}

lxw_worksheet *XlsxBook::addSheet(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return workbook_add_worksheet(m_workbook, utf8.constData());
}

void XlsxBook::check(lxw_error error)
{
    if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
        m_error = error;
        m_errorString = QString::fromUtf8(lxw_strerror(error));
    }
}

bool XlsxBook::close()
{
    if (!m_workbook)
        return false;
    if (failed()) {
        cancel();
        return false;
    }
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        m_errorString = QString::fromUtf8(lxw_strerror(error));
        QFile::remove(m_partPath);
        return false;
    }
    QFile::remove(m_path);
    QFile part(m_partPath);
    if (!part.rename(m_path)) {
        m_errorString = part.errorString();
        QFile::remove(m_partPath);
        return false;
    }
    return true;
}

void XlsxBook::cancel()
{
    if (!m_workbook)
        return;
    lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    QFile::remove(m_partPath);
}

} // namespace cx::demo
