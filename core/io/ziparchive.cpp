#include "io/ziparchive.h"

#include <QIODevice>

#include <minizip/unzip.h>

#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr int kCaseInsensitive = 2; // unzLocateFile's iCaseSensitivity
constexpr int kMethodStored = 0;
constexpr int kMethodDeflated = Z_DEFLATED;

ZipArchive::Source *sourceOf(voidpf stream)
{
    return static_cast<ZipArchive::Source *>(stream);
}

// Runs @p use on the source's device, holding the lock of a shared device.
template <typename Use>
auto withDevice(ZipArchive::Source *source, Use use)
{
    std::unique_lock<std::mutex> guard;
    if (source->lock)
        guard = std::unique_lock(*source->lock);
    return use(source->device);
}

// minizip I/O callbacks: the opaque pointer is the archive's Source. Each
// archive keeps its own position and seeks the device before reading.
voidpf ZCALLBACK ioOpen(voidpf opaque, const void *, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_READ) ? opaque : nullptr;
}

uLong ZCALLBACK ioRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    ZipArchive::Source *source = sourceOf(stream);
    const qint64 n = withDevice(source, [&](QIODevice *device) -> qint64 {
        if (device->pos() != source->position && !device->seek(source->position))
            return -1;
        return device->read(static_cast<char *>(buffer), qint64(size));
    });
    if (n <= 0)
        return 0;
    source->position += n;
    return uLong(n);
}

uLong ZCALLBACK ioWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK ioTell(voidpf, voidpf stream)
{
    return ZPOS64_T(sourceOf(stream)->position);
}

long ZCALLBACK ioSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    ZipArchive::Source *source = sourceOf(stream);
    const qint64 size = withDevice(source, [](QIODevice *device) { return device->size(); });
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = source->position;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = size;
        break;
    default:
        return -1;
    }
    // Offsets are signed as fseeko() takes them: minizip steps back over an
    // extra field it has read by passing a "negative" unsigned offset.
    const qint64 target = qint64(quint64(base) + quint64(offset));
    // QBuffer warns and fails on positions past its end; fail quietly instead.
    if (target < 0 || target > size)
        return -1;
    source->position = target;
    return 0;
}

int ZCALLBACK ioClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK ioError(voidpf, voidpf)
{
    return 0;
}

constexpr ZPOS64_T kZip64Marker = 0xFFFFFFFF;
constexpr uLong kZip64ExtraId = 0x0001;

quint64 littleEndian(const char *bytes, int count)
{
    quint64 value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = value << 8 | uchar(bytes[i]);
    return value;
}

// Takes the sizes a ZIP64 entry keeps in its extra field when the central
// directory says 0xFFFFFFFF. minizip 1.1 on LP64 systems compares those with
// (unsigned long)-1 and so never does, which made such entries 4096 MB large.
// True when a size was taken from the extra field.
bool applyZip64Sizes(const QByteArray &extra, unz_file_info64 *info)
{
    const bool uncompressed = info->uncompressed_size == kZip64Marker;
    const bool compressed = info->compressed_size == kZip64Marker;
    if (!uncompressed && !compressed)
        return false;
    for (qsizetype at = 0; at + 4 <= extra.size();) {
        const quint64 id = littleEndian(extra.constData() + at, 2);
        const qsizetype length = qsizetype(littleEndian(extra.constData() + at + 2, 2));
        const qsizetype data = at + 4;
        at = data + length;
        if (id != kZip64ExtraId || at > extra.size())
            continue;
        // The field holds only the values marked in the header, in this order.
        qsizetype next = data;
        ZPOS64_T sizes[2] = {info->uncompressed_size, info->compressed_size};
        const bool marked[2] = {uncompressed, compressed};
        bool applied = false;
        for (int i = 0; i < 2; ++i) {
            if (!marked[i] || next + 8 > at)
                continue;
            sizes[i] = littleEndian(extra.constData() + next, 8);
            next += 8;
            applied = true;
        }
        info->uncompressed_size = sizes[0];
        info->compressed_size = sizes[1];
        return applied;
    }
    return false;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

ZipArchive::ZipArchive(QIODevice *device, const QString &displayName, std::mutex *deviceLock)
    : m_source{device, deviceLock, 0}
    , m_displayName(displayName)
{
}

ZipArchive::~ZipArchive()
{
    if (m_unz) {
        if (m_entryOpen)
            unzCloseCurrentFile(m_unz);
        unzClose(m_unz);
    }
}

void ZipArchive::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool ZipArchive::open()
{
    zlib_filefunc64_def io{};
    io.zopen64_file = ioOpen;
    io.zread_file = ioRead;
    io.zwrite_file = ioWrite;
    io.ztell64_file = ioTell;
    io.zseek64_file = ioSeek;
    io.zclose_file = ioClose;
    io.zerror_file = ioError;
    io.opaque = &m_source;
    m_unz = unzOpen2_64("", &io);
    if (!m_unz) {
        fail(tr("%1 is not a readable .xlsx workbook: it is not a ZIP archive or it is truncated. "
                "Open it in Excel, save it again as .xlsx and import that file.")
                 .arg(m_displayName));
        return false;
    }
    return true;
}

bool ZipArchive::contains(const QString &name)
{
    return m_unz && unzLocateFile(m_unz, name.toUtf8().constData(), kCaseInsensitive) == UNZ_OK;
}

bool ZipArchive::openEntry(const QString &name, const Guard &guard)
{
    if (!m_unz)
        return false;
    if (m_entryOpen) { // abandoned unread: nothing to verify
        unzCloseCurrentFile(m_unz);
        m_entryOpen = false;
    }
    m_entryName = name;
    m_entrySize = 0;
    m_entryRead = 0;
    m_entryLimit = guard.maxBytes;

    if (unzLocateFile(m_unz, name.toUtf8().constData(), kCaseInsensitive) != UNZ_OK) {
        fail(tr("%1: the workbook part %2 is missing. Open the file in Excel, save it again as .xlsx and import "
                "that file.")
                 .arg(m_displayName, name));
        return false;
    }
    unz_file_info64 info{};
    // The central directory's extra field, for the ZIP64 sizes (at most 64 KiB by format).
    QByteArray extra(0xFFFF, Qt::Uninitialized);
    if (unzGetCurrentFileInfo64(m_unz, &info, nullptr, 0, extra.data(), uLong(extra.size()), nullptr, 0)
        != UNZ_OK) {
        fail(tr("%1: the entry %2 of the ZIP archive is damaged. Open the file in Excel, save it again as .xlsx "
                "and import that file.")
                 .arg(m_displayName, name));
        return false;
    }
    extra.truncate(qMin<qsizetype>(extra.size(), qsizetype(info.size_file_extra)));
    m_sizesFromZip64 = applyZip64Sizes(extra, &info);
    if (info.flag & 1) {
        fail(tr("%1 is encrypted. Remove the password in Excel, save the file again and import that file.")
                 .arg(m_displayName));
        return false;
    }
    if (info.compression_method != kMethodStored && info.compression_method != kMethodDeflated) {
        fail(tr("%1: the part %2 uses an unsupported ZIP compression method (%3). Save the file again in Excel "
                "and import that file.")
                 .arg(m_displayName, name)
                 .arg(info.compression_method));
        return false;
    }
    const qint64 unpacked = info.uncompressed_size > ZPOS64_T(std::numeric_limits<qint64>::max())
                                ? std::numeric_limits<qint64>::max()
                                : qint64(info.uncompressed_size);
    if (unpacked > guard.maxBytes) {
        fail(tr("%1: the part %2 unpacks to %3 MB, more than the %4 MB this program accepts. The file is not a "
                "normal workbook; split the data into smaller files.")
                 .arg(m_displayName, name, megabytes(unpacked), megabytes(guard.maxBytes)));
        return false;
    }
    if (unpacked > guard.ratioMinBytes
        && double(unpacked) > guard.maxRatio * double(qMax<ZPOS64_T>(info.compressed_size, 1))) {
        fail(tr("%1: the part %2 is compressed more than %3:1, which workbooks never are; refusing it as a "
                "possible zip bomb. Get the file from its original source again.")
                 .arg(m_displayName, name)
                 .arg(guard.maxRatio, 0, 'f', 0));
        return false;
    }
    if (unzOpenCurrentFile(m_unz) != UNZ_OK) {
        fail(tr("%1: the part %2 cannot be unpacked. Open the file in Excel, save it again as .xlsx and import "
                "that file.")
                 .arg(m_displayName, name));
        return false;
    }
    m_entryOpen = true;
    m_entrySize = unpacked;
    m_entryCrc = info.crc;
    m_crc = crc32(0, nullptr, 0);
    return true;
}

qint64 ZipArchive::read(char *buffer, qint64 maxBytes)
{
    if (!m_entryOpen)
        return -1;
    qint64 request = qMin<qint64>(maxBytes, std::numeric_limits<int>::max());
    if (m_sizesFromZip64) // minizip would read on past the entry's end
        request = qMin(request, m_entrySize - m_entryRead);
    if (request == 0)
        return 0;
    const int n = unzReadCurrentFile(m_unz, buffer, unsigned(request));
    if (n < 0) {
        fail(tr("%1: the part %2 is damaged (unpacking error %3). Open the file in Excel, save it again as .xlsx "
                "and import that file.")
                 .arg(m_displayName, m_entryName)
                 .arg(n));
        return -1;
    }
    m_entryRead += n;
    if (m_entryRead > m_entryLimit) {
        fail(tr("%1: the part %2 unpacks to more than %3 MB, which this program does not accept. Split the data "
                "into smaller files.")
                 .arg(m_displayName, m_entryName, megabytes(m_entryLimit)));
        return -1;
    }
    if (m_sizesFromZip64)
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(buffer), uInt(n));
    return n;
}

bool ZipArchive::closeEntry()
{
    if (!m_entryOpen)
        return true;
    m_entryOpen = false;
    // minizip checks the CRC only when its own idea of the size was right,
    // and not at all when the data ends before that size.
    const bool damaged = m_entryRead != m_entrySize || (m_sizesFromZip64 && m_crc != m_entryCrc);
    if (unzCloseCurrentFile(m_unz) == UNZ_CRCERROR || damaged) {
        fail(tr("%1: the part %2 fails its checksum, so the file is damaged. Open it in Excel, save it again as "
                ".xlsx and import that file.")
                 .arg(m_displayName, m_entryName));
        return false;
    }
    return true;
}

} // namespace cx
