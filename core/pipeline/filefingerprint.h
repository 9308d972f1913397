#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace cx {

/// The whole content of a file hashed on a thread of its own while the
/// import reads the file, so that "already imported" means the same bytes,
/// never merely the same size and ends.
///
/// XXH3 with 128 bits (libxxhash): several GB/s on one core, so hashing a
/// million-row export costs tens of milliseconds beside seconds of import;
/// SHA-256 and BLAKE2b in QCryptographicHash run at 130 and 520 MB/s here,
/// which would show. A non-cryptographic hash suffices: it tells a user's
/// re-import from an edited file, it is no defence against forged files.
class FileFingerprint
{
public:
    /// Starts hashing `path`.
    explicit FileFingerprint(const QString &path);
    /// Stops hashing (if still running) and waits for the thread.
    ~FileFingerprint();
    FileFingerprint(const FileFingerprint &) = delete;
    FileFingerprint &operator=(const FileFingerprint &) = delete;

    /// "xxh3-128:" and 32 hex digits; empty when the file cannot be read.
    /// Waits for the hash.
    QString result();

    /// The fingerprint of `path`, computed on the calling thread.
    static QString of(const QString &path);

private:
    static QString hash(const QString &path, const std::atomic_bool *stop);

    std::atomic_bool m_stop = false;
    QString m_result;
    std::thread m_thread;
};

} // namespace cx
