// cxwb-xlsread: reads one old binary Excel workbook (.xls) with FreeXL for
// BiffReader, out of the app's process and under limits of processor time
// and memory. Writes the workbook's frame (io/biffstream.h) to standard
// output, then answers each request read from standard input, and ends
// when standard input ends.
//
// Usage: cxwb-xlsread [--cpu-seconds N] [--memory-mb N] [--] FILE
#include "biffdecoder.h"
#include "io/biffstream.h"
#include "processlimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace {

bool writeFrame(const QByteArray &frame)
{
    return std::fwrite(frame.constData(), 1, size_t(frame.size()), stdout) == size_t(frame.size())
        && std::fflush(stdout) == 0;
}

// The next frame from standard input: empty at its end, false when it breaks off or is absurd.
bool readFrame(QByteArray *frame)
{
    char length[4];
    const size_t got = std::fread(length, 1, 4, stdin);
    frame->clear();
    if (got == 0)
        return std::feof(stdin) != 0;
    const quint32 size = got == 4 ? qFromLittleEndian<quint32>(length) : 0;
    if (size == 0 || size > cx::biffstream::maxFrameBytes)
        return false;
    frame->resize(qsizetype(size));
    return std::fread(frame->data(), 1, size, stdin) == size;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reads an .xls workbook for CX Workbench (cxwb) and cxwb-cli."_s);
    parser.addHelpOption();
    const QCommandLineOption cpu(u"cpu-seconds"_s, u"Processor seconds the reading may take."_s, u"N"_s, u"60"_s);
    const QCommandLineOption memory(u"memory-mb"_s, u"Address space in MB the reading may use."_s, u"N"_s,
                                    u"2048"_s);
    parser.addOptions({cpu, memory});
    parser.addPositionalArgument(u"file"_s, u"The .xls workbook."_s);
    parser.process(app);
    bool cpuOk = false;
    bool memoryOk = false;
    cx::ProcessLimits limits;
    limits.cpuSeconds = parser.value(cpu).toInt(&cpuOk);
    limits.memoryBytes = parser.value(memory).toLongLong(&memoryOk) << 20;
    if (parser.positionalArguments().size() != 1 || !cpuOk || !memoryOk || limits.cpuSeconds <= 0
        || limits.memoryBytes <= 0) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 64;
    }
    QString error;
    if (!cx::limitThisProcess(limits, &error)) {
        std::fprintf(stderr, "cxwb-xlsread: %s\n", qPrintable(error));
        return 3;
    }
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif

    cx::BiffDecoder decoder(QFile::encodeName(parser.positionalArguments().constFirst()));
    if (!writeFrame(decoder.open()))
        return 1;
    QByteArray request;
    while (readFrame(&request)) {
        if (request.isEmpty())
            return 0;
        const QByteArray answer = decoder.answer(request);
        if (answer.isEmpty())
            return 2;
        if (!writeFrame(answer))
            return 1;
    }
    return 2;
}
