#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

namespace cx::fuzz {

/// Silences Qt's warnings (QXmlStreamReader, QBuffer) so the fuzzer's
/// output stays readable; call from LLVMFuzzerInitialize.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// The fuzzer's bytes without a copy.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Stops with a crash the fuzzer records when an invariant breaks.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace cx::fuzz
