#include "io/readerprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

// How often a waiting read() looks at the cancel flag.
constexpr qint64 kCancelPollMs = 50;

} // namespace

// What the process thread reports and the reading threads wait for.
struct ReaderProcess::State
{
    mutable std::mutex mutex;
    std::condition_variable changed;
    QByteArray output;
    bool ended = false;
    bool crashed = false;
    int exitCode = 0;
    qint64 processId = 0;
};

ReaderProcess::ReaderProcess()
    : m_state(std::make_shared<State>())
    , m_thread(std::make_unique<QThread>())
{
    m_process = new QProcess;
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->moveToThread(m_thread.get());
    QProcess *process = m_process;
    const std::shared_ptr<State> state = m_state;
    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [process, state] {
        const QByteArray bytes = process->readAllStandardOutput();
        {
            const std::lock_guard lock(state->mutex);
            state->output.append(bytes);
        }
        state->changed.notify_all();
    });
    QObject::connect(process, &QProcess::finished, process,
                     [process, state](int exitCode, QProcess::ExitStatus status) {
                         const QByteArray bytes = process->readAllStandardOutput();
                         {
                             const std::lock_guard lock(state->mutex);
                             state->output.append(bytes);
                             state->ended = true;
                             state->crashed = status == QProcess::CrashExit;
                             state->exitCode = exitCode;
                             state->processId = 0;
                         }
                         state->changed.notify_all();
                     });
    m_thread->start();
}

ReaderProcess::~ReaderProcess()
{
    QMetaObject::invokeMethod(
        m_process,
        [process = m_process] {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(-1); // reaps it: no zombie
            }
            process->deleteLater(); // when the thread finishes
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool ReaderProcess::start(const QString &program, const QStringList &arguments)
{
    bool started = false;
    QMetaObject::invokeMethod(
        m_process,
        [&] {
            m_process->start(program, arguments, QIODevice::ReadWrite);
            started = m_process->waitForStarted(-1);
            const std::lock_guard lock(m_state->mutex);
            m_state->ended = !started;
            m_state->processId = started ? m_process->processId() : 0;
        },
        Qt::BlockingQueuedConnection);
    return started;
}

void ReaderProcess::write(const QByteArray &bytes)
{
    QMetaObject::invokeMethod(m_process, [process = m_process, bytes] { process->write(bytes); },
                              Qt::QueuedConnection);
}

ReaderProcess::Wait ReaderProcess::read(QByteArray &into, QDeadlineTimer deadline, const std::atomic_bool *cancel)
{
    std::unique_lock lock(m_state->mutex);
    for (;;) {
        if (!m_state->output.isEmpty()) {
            if (into.isEmpty())
                into.swap(m_state->output);
            else
                into.append(m_state->output);
            m_state->output.clear();
            return Wait::Data;
        }
        if (m_state->ended)
            return Wait::Ended;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Wait::Cancelled;
        if (deadline.hasExpired())
            return Wait::TimedOut;
        const qint64 remaining = deadline.isForever() ? kCancelPollMs : deadline.remainingTime();
        m_state->changed.wait_for(lock, std::chrono::milliseconds(std::clamp<qint64>(remaining, 1, kCancelPollMs)));
    }
}

void ReaderProcess::kill()
{
    QMetaObject::invokeMethod(m_process, [process = m_process] { process->kill(); }, Qt::QueuedConnection);
}

bool ReaderProcess::crashed() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->crashed;
}

int ReaderProcess::exitCode() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->exitCode;
}

QString ReaderProcess::errorString() const
{
    // QProcess keeps its error text in its own thread; it is only asked after start() failed.
    QString error;
    QMetaObject::invokeMethod(m_process, [&] { error = m_process->errorString(); }, Qt::BlockingQueuedConnection);
    return error;
}

qint64 ReaderProcess::processId() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->processId;
}

QString ReaderProcess::findProgram(const QString &name, const char *environmentVariable)
{
#ifdef Q_OS_WIN
    const QString file = name + u".exe"_s;
#else
    const QString &file = name;
#endif
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QDir here(QCoreApplication::applicationDirPath());
        candidates << here.filePath(file) << here.filePath(QString::fromUtf8(CXWB_LIBEXEC_RELATIVE) + u'/' + file);
    }
    candidates << qEnvironmentVariable(environmentVariable);
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!candidate.isEmpty() && info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace cx
