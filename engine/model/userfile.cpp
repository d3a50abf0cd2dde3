// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/userfile.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ea {

namespace {
// File errors are shown in the GUI's dialogs; the command line prints them in English.
struct UserFile
{
    Q_DECLARE_TR_FUNCTIONS(ea::UserFile)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return UserFile::tr("a folder");
    if (S_ISCHR(mode))
        return UserFile::tr("a character device");
    if (S_ISBLK(mode))
        return UserFile::tr("a block device");
    if (S_ISFIFO(mode))
        return UserFile::tr("a pipe");
    if (S_ISSOCK(mode))
        return UserFile::tr("a socket");
    return UserFile::tr("not a file");
}

QString tooLarge(const QString &fileName, qint64 size, qint64 maxBytes)
{
    return UserFile::tr("%1 is %2 MiB, larger than the %3 MiB limit")
        .arg(fileName)
        .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(double(maxBytes) / (1024.0 * 1024.0), 0, 'g', 4);
}
} // namespace

bool readUserFile(const QString &fileName, qint64 maxBytes, QByteArray *data, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (fileName.startsWith(QLatin1Char(':'))) { // built into the executable
        QFile f(fileName);
        if (!f.open(QIODevice::ReadOnly))
            return fail(UserFile::tr("cannot open %1: %2").arg(fileName, f.errorString()));
        if (f.size() > maxBytes)
            return fail(tooLarge(fileName, f.size(), maxBytes));
        *data = f.readAll();
        return true;
    }
    // O_NONBLOCK: opening a pipe must not wait for a writer; the type is checked before any read.
    const int fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int e = errno;
        return fail(e == ENOENT ? UserFile::tr("cannot open %1: no such file").arg(fileName)
                                : UserFile::tr("cannot open %1: %2").arg(fileName, systemError(e)));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return fail(UserFile::tr("cannot read %1: %2").arg(fileName, systemError(errno)));
    if (!S_ISREG(st.st_mode))
        return fail(
            UserFile::tr("cannot read %1: not a regular file (%2)").arg(fileName, kindOf(st.st_mode)));
    if (st.st_size > maxBytes)
        return fail(tooLarge(fileName, st.st_size, maxBytes));
    QByteArray bytes;
    bytes.resize(static_cast<qsizetype>(std::min<qint64>(st.st_size, maxBytes) + 1));
    qint64 got = 0;
    for (;;) {
        if (got == bytes.size()) {
            if (got > maxBytes) // it grew while read (or a special file under /proc): stop at the limit
                return fail(tooLarge(fileName, got, maxBytes));
            bytes.resize(static_cast<qsizetype>(std::min<qint64>(maxBytes + 1, got * 2 + 4096)));
        }
        const ssize_t n = ::read(fd, bytes.data() + got, static_cast<size_t>(bytes.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(UserFile::tr("cannot read %1: %2").arg(fileName, systemError(errno)));
        }
        if (n == 0)
            break;
        got += n;
    }
    bytes.truncate(static_cast<qsizetype>(got));
    *data = std::move(bytes);
    return true;
}

bool writeUserFile(const QString &fileName, const QByteArray &data, QString *error, QString *reason)
{
    QSaveFile f(fileName);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = UserFile::tr("cannot write %1: %2").arg(fileName, why);
        if (reason)
            *reason = why;
        return false;
    };
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(f.errorString());
    // Unbuffered: every write reaches the file now and reports its own failure (QSaveFile's commit()
    // in Qt 6.4 does not notice a failed flush of its buffer and would rename a truncated file into
    // place). A short write (the disk filled up part-way) is retried: the retry fails with the reason.
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = f.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            const QString why = n < 0 || f.error() != QFileDevice::NoError
                                    ? f.errorString()
                                    : UserFile::tr("no byte could be written");
            f.cancelWriting();
            return fail(why);
        }
        written += n;
    }
    if (f.error() != QFileDevice::NoError) {
        const QString why = f.errorString();
        f.cancelWriting();
        return fail(why);
    }
    if (!f.commit())
        return fail(f.errorString());
    return true;
}

UserFileBuffer::UserFileBuffer() : m_device(new QBuffer(&m_data))
{
    m_device->open(QIODevice::WriteOnly);
}

UserFileBuffer::~UserFileBuffer()
{
    delete m_device;
}

QIODevice *UserFileBuffer::device()
{
    return m_device;
}

bool UserFileBuffer::commit(const QString &fileName, QString *error, QString *reason)
{
    m_device->close();
    return writeUserFile(fileName, m_data, error, reason);
}

} // namespace ea
