#include "pipeline/filefingerprint.h"

#include <QFile>

#include <xxhash.h>

#include <memory>

namespace cx {

using namespace Qt::StringLiterals;

FileFingerprint::FileFingerprint(const QString &path)
    : m_thread([this, path] { m_result = hash(path, &m_stop); })
{
}

FileFingerprint::~FileFingerprint()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QString FileFingerprint::result()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

QString FileFingerprint::of(const QString &path)
{
    return hash(path, nullptr);
}

QString FileFingerprint::hash(const QString &path, const std::atomic_bool *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK)
        return {};
    constexpr qint64 chunk = 4 * 1024 * 1024;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load(std::memory_order_relaxed))
            return {};
        const qint64 read = file.read(buffer.data(), chunk);
        if (read < 0)
            return {};
        if (read == 0)
            break;
        XXH3_128bits_update(state.get(), buffer.constData(), size_t(read));
    }
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state.get()));
    const QByteArray digest(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
    return u"xxh3-128:"_s + QString::fromLatin1(digest.toHex());
}

} // namespace cx
