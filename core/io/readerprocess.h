#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QProcess;
class QThread;

namespace cx {

/// A helper program that reads a file out of the app's process, and that
/// any thread may talk to: requests go to its standard input, its standard
/// output is waited for with a deadline and a cancel flag.
///
/// The QProcess lives in a thread of its own with an event loop, so the
/// threads that read (an import worker, a std::thread without an event
/// loop) need none, and may change between calls. Destroying the object
/// kills the program and reaps it: no process outlives its reader.
class ReaderProcess
{
public:
    /// What read() found.
    enum class Wait {
        Data,      ///< bytes were moved to the caller
        Ended,     ///< the program ended and all its output was read
        TimedOut,  ///< the deadline passed first
        Cancelled, ///< the cancel flag was set first
    };

    ReaderProcess();
    ~ReaderProcess();
    ReaderProcess(const ReaderProcess &) = delete;
    ReaderProcess &operator=(const ReaderProcess &) = delete;

    /// Starts @p program with @p arguments, its standard error discarded.
    /// False, with errorString(), when it cannot be started.
    bool start(const QString &program, const QStringList &arguments);
    /// Queues @p bytes for the program's standard input.
    void write(const QByteArray &bytes);
    /// Appends the output received since the last call to @p into, waiting
    /// for some when there is none yet.
    Wait read(QByteArray &into, QDeadlineTimer deadline, const std::atomic_bool *cancel = nullptr);
    /// Kills the program now; read() then reports Ended.
    void kill();

    /// After Ended: whether the program crashed (or was killed) rather than exited.
    bool crashed() const;
    /// After Ended without a crash: its exit code.
    int exitCode() const;
    /// Why start() failed.
    QString errorString() const;
    /// The process id while the program runs, 0 otherwise.
    qint64 processId() const;

    /// Where the helper program @p name is: beside the running executable,
    /// else in the installation's libexec folder for it (relative to the
    /// executable, as installed), else the path in the environment variable
    /// @p environmentVariable (builds and tests). Empty when none exists.
    static QString findProgram(const QString &name, const char *environmentVariable);

private:
    struct State;
    std::shared_ptr<State> m_state;
    std::unique_ptr<QThread> m_thread;
    QProcess *m_process = nullptr; // lives in m_thread; deleted there
};

} // namespace cx
