#include "PrivateFiles.h"

#include "net/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tvpair::secrets {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

namespace {

bool writeAll(int fd, const char *data, qint64 size, int *err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

}  // namespace

bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error,
                   bool *missing, unsigned *mode)
{
    if (missing)
        *missing = false;
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT && missing)
            *missing = true;
        *error = QStringLiteral("cannot open: %1").arg(errnoText(err));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("not a regular file");
        return false;
    }
    if (mode)
        *mode = st.st_mode & 07777;
    if (st.st_size > maxBytes) {
        ::close(fd);
        *error = QStringLiteral("too large (%1 bytes, limit %2)").arg(st.st_size).arg(maxBytes);
        return false;
    }
    QByteArray buf;
    buf.resize(qsizetype(maxBytes) + 1);
    qint64 got = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf.data() + got, size_t(buf.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            *error = QStringLiteral("read failed: %1").arg(errnoText(err));
            return false;
        }
        if (n == 0)
            break;
        got += n;
        if (got > maxBytes) {
            ::close(fd);
            *error = QStringLiteral("too large (limit %1 bytes)").arg(maxBytes);
            return false;
        }
    }
    ::close(fd);
    buf.truncate(qsizetype(got));
    *out = buf;
    return true;
}

bool fsyncDirectory(const QString &dir, QString *error)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("cannot open directory %1: %2").arg(dir, errnoText(errno));
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok)
        *error = QStringLiteral("fsync of directory %1 failed: %2").arg(dir, errnoText(err));
    return ok;
}

bool writeFileAtomically(const QString &dir, const QString &finalPath, const QByteArray &data, QString *error)
{
    QByteArray tmpl = QFile::encodeName(dir + QLatin1Char('/') + QLatin1Char('.')
                                        + QFileInfo(finalPath).fileName() + QStringLiteral(".tmp-XXXXXX"));
    // mkostemp creates the file 0600 whatever the umask.
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("cannot create a temporary file in %1: %2").arg(dir, errnoText(errno));
        return false;
    }
    int err = 0;
    bool ok = writeAll(fd, data.constData(), data.size(), &err);
    QString step = QStringLiteral("write");
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        err = errno;
        step = QStringLiteral("fsync");
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
        step = QStringLiteral("close");
    }
    if (ok && ::rename(tmpl.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        ok = false;
        err = errno;
        step = QStringLiteral("rename");
    }
    if (!ok) {
        ::unlink(tmpl.constData());
        *error = QStringLiteral("%1 of %2 failed: %3").arg(step, finalPath, errnoText(err));
        return false;
    }
    return fsyncDirectory(dir, error);
}

bool ensurePrivateDirectory(const QString &dir, QString *error)
{
    const QByteArray p = QFile::encodeName(dir);
    struct stat st {};
    if (::stat(p.constData(), &st) != 0) {
        if (errno != ENOENT) {
            *error = QStringLiteral("cannot use store directory %1: %2").arg(dir, errnoText(errno));
            return false;
        }
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create store directory %1").arg(dir);
            return false;
        }
        // mkpath honours the umask; the store directory itself must be private.
        if (::chmod(p.constData(), 0700) != 0 || ::stat(p.constData(), &st) != 0) {
            *error = QStringLiteral("cannot set mode 0700 on %1: %2").arg(dir, errnoText(errno));
            return false;
        }
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = QStringLiteral("store path %1 is not a directory").arg(dir);
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        *error = QStringLiteral("store directory %1 belongs to uid %2, not to this user (uid %3); refusing to use it")
                     .arg(dir).arg(st.st_uid).arg(::geteuid());
        return false;
    }
    if ((st.st_mode & 0777) != 0700) {
        qCWarning(lcStore).noquote() << QStringLiteral("store directory %1 had mode %2; repairing it to 0700")
                                            .arg(dir, QString::number(st.st_mode & 0777, 8));
        if (::chmod(p.constData(), 0700) != 0) {
            *error = QStringLiteral("store directory %1 has mode %2 and cannot be repaired: %3")
                         .arg(dir, QString::number(st.st_mode & 0777, 8), errnoText(errno));
            return false;
        }
    }
    return true;
}

DirectoryLock::DirectoryLock(const QString &dir, const QString &lockName)
{
    const QString path = dir + QLatin1Char('/') + lockName;
    const QByteArray p = QFile::encodeName(path);
    m_fd = ::open(p.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0) {
        m_error = QStringLiteral("cannot open lock file %1: %2").arg(path, errnoText(errno));
        return;
    }
    int rc;
    do {
        rc = ::flock(m_fd, LOCK_EX);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        m_error = QStringLiteral("cannot lock %1: %2").arg(path, errnoText(errno));
        ::close(m_fd);
        m_fd = -1;
    }
}

DirectoryLock::~DirectoryLock()
{
    if (m_fd >= 0)
        ::close(m_fd);  // closing the descriptor releases the flock
}

}  // namespace tvpair::secrets
