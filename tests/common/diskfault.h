#pragma once
// Real write failures for tests, two ways (and small file helpers for such tests):
// - FullDisk: a small tmpfs mounted on a temporary folder and filled up, so writes fail with
//   ENOSPC exactly as on a full disk. Mounting needs root (CI runs as root); without it,
//   FullDisk::error() says so and the test must fail rather than skip.
// - FileSizeLimit: RLIMIT_FSIZE, which any user may lower: writes past it fail with EFBIG
//   ("File too large"). SIGXFSZ, which would kill the process, is ignored.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace seam::test {

class FullDisk {
public:
    // Mounted on a new temporary folder, or on `mountPoint` (an existing folder, whose
    // content is hidden until the destructor unmounts it).
    explicit FullDisk(qint64 bytes = 1 << 20, const QString &mountPoint = {})
        : m_path(mountPoint.isEmpty() ? m_dir.path() : mountPoint)
    {
        if (mountPoint.isEmpty() && !m_dir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
            != 0) {
            m_error = QStringLiteral("cannot mount a tmpfs on %1 for a real full disk: %2 (this needs root, "
                                     "as in CI)")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~FullDisk()
    {
        if (m_mounted)
            umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

    // Takes every free byte; returns false if the disk did not fill up (it always should).
    bool fill()
    {
        const int fd = open(QFile::encodeName(filePath(QStringLiteral("filler"))).constData(),
                            O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        static const char block[4096] = {};
        bool full = false;
        for (size_t chunk = sizeof block; chunk > 0;) {
            if (write(fd, block, chunk) < 0) {
                if (errno != ENOSPC)
                    break;
                full = true;
                chunk /= 2; // the last partial page too
            }
        }
        close(fd);
        return full;
    }
    void unfill() { QFile::remove(filePath(QStringLiteral("filler"))); }
    // Makes the whole mount read-only: unwritable even for root.
    bool remountReadOnly()
    {
        return mount(nullptr, QFile::encodeName(m_path).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_dir; // unused with a mount point
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};

// Lowers this process's file size limit for its lifetime (in-process writers such as Document).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

    // The same for a child process only (seam-cli), set between fork and exec.
    static void applyTo(QProcess &process, rlim_t bytes)
    {
        process.setChildProcessModifier([bytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit {};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

// A file's bytes, "<missing>" if it cannot be read (so it never equals expected content).
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Plain (not atomic) write, to set up a test's files.
inline bool putFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Temporaries of writeFileAtomically() in `folder` (".NAME.seam-tmp-XXXXXX").
inline QStringList atomicWriteTemps(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.seam-tmp-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace seam::test
