#pragma once

#include <QCoreApplication>
#include <QString>

#include <mutex>

class QIODevice;

namespace cx {

/// Read-only access to the entries of a ZIP archive (minizip's unzip API
/// over a QIODevice, so files and in-memory buffers work alike), with the
/// guards against zip bombs that untrusted workbooks need.
///
/// One entry is open at a time. Several ZipArchive objects may share one
/// device, each with its own position; when they read it on several threads
/// they share a lock for it too.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(cx::ZipArchive)

public:
    /// Refusal thresholds for openEntry().
    struct Guard
    {
        qint64 maxBytes = 64 * 1024 * 1024; ///< unpacked size allowed for the entry
        double maxRatio = 1000.0;           ///< unpacked:packed ratio allowed ...
        qint64 ratioMinBytes = 1024 * 1024; ///< ... for entries larger than this
    };

    /// @p device must be open, readable and seekable; it is not owned.
    /// @p displayName names the file in messages. @p deviceLock, when given,
    /// is held around every use of the device.
    ZipArchive(QIODevice *device, const QString &displayName, std::mutex *deviceLock = nullptr);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Reads the central directory. False (with errorString()) when the
    /// device holds no readable ZIP archive.
    bool open();

    /// Whether an entry of that name exists (case-insensitive, as OPC part
    /// names are).
    bool contains(const QString &name);

    /// Opens entry @p name for reading, closing any open one. Refuses
    /// encrypted entries, unknown compression methods and entries beyond
    /// @p guard.
    bool openEntry(const QString &name, const Guard &guard);
    /// Reads up to @p maxBytes of the open entry: bytes read, 0 at its end,
    /// -1 on error. Stops with an error once more bytes come out than the
    /// guard allows (the sizes in the archive may lie).
    qint64 read(char *buffer, qint64 maxBytes);
    /// Closes the entry after it was read to its end; false if its size or
    /// checksum was wrong.
    bool closeEntry();

    /// Unpacked size the archive declares for the open entry.
    qint64 entrySize() const { return m_entrySize; }
    /// Unpacked bytes read from the open entry so far.
    qint64 entryBytesRead() const { return m_entryRead; }

    QString errorString() const { return m_error; }

    /// What minizip reads through (see the I/O callbacks).
    struct Source
    {
        QIODevice *device;
        std::mutex *lock;
        qint64 position;
    };

private:
    void fail(const QString &message);

    Source m_source;
    QString m_displayName;
    void *m_unz = nullptr; // unzFile
    QString m_entryName;
    bool m_entryOpen = false;
    qint64 m_entrySize = 0;
    qint64 m_entryRead = 0;
    qint64 m_entryLimit = 0;
    bool m_sizesFromZip64 = false; // minizip missed the sizes: reads are bounded and checked here
    quint32 m_entryCrc = 0;
    unsigned long m_crc = 0;
    QString m_error;
};

} // namespace cx
