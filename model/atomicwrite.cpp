#include "atomicwrite.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <random>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seam {

namespace {

constexpr std::string_view TempMarker = ".seam-tmp-";
constexpr size_t TempSuffixLength = 6;
// Leaves room for ".", the marker and the suffix within NAME_MAX (255).
constexpr size_t MaxBaseInTempName = 200;

std::string reason(int error)
{
    return std::system_category().message(error);
}

std::string parentOf(const std::string &path)
{
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string nameOf(const std::string &path)
{
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string randomSuffix()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937_64 generator {std::random_device {}() ^ (uint64_t(getpid()) << 32)};
    std::uniform_int_distribution<size_t> pick(0, sizeof Alphabet - 2);
    std::string suffix(TempSuffixLength, 'x');
    for (char &c : suffix)
        c = Alphabet[pick(generator)];
    return suffix;
}

bool sameFile(int fd, const std::string &path)
{
    struct stat open {
    }, named {};
    return fstat(fd, &open) == 0 && lstat(path.c_str(), &named) == 0 && open.st_dev == named.st_dev
        && open.st_ino == named.st_ino;
}

// flock() is not supported everywhere (some network file systems); without it there is no
// lock to take, and removeStaleTempFiles() cannot take one either, so it removes nothing.
bool lockUnsupported(int error)
{
    return error == ENOLCK || error == EOPNOTSUPP || error == EINVAL;
}

// A new temporary beside the target, created exclusively and locked. A cleaner may remove it
// in the instant between its creation and the lock; then it is gone and we take another.
int createLockedTemp(const std::string &directory, const std::string &base, mode_t mode, std::string &tempPath,
                     int &error)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        tempPath = directory + "/." + base.substr(0, MaxBaseInTempName) + std::string(TempMarker) + randomSuffix();
        const int fd = open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            error = errno;
            return -1;
        }
        int locked;
        do
            locked = flock(fd, LOCK_EX);
        while (locked != 0 && errno == EINTR);
        if (locked != 0 && !lockUnsupported(errno)) {
            error = errno;
            close(fd);
            unlink(tempPath.c_str());
            return -1;
        }
        if (sameFile(fd, tempPath))
            return fd;
        close(fd); // removed by a cleaner before we held the lock
    }
    error = EEXIST;
    return -1;
}

bool writeAll(int fd, std::string_view bytes, int &error)
{
    const char *data = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        const ssize_t written = write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            return false;
        }
        if (written == 0) { // not expected from a regular file; never loop forever
            error = EIO;
            return false;
        }
        data += written;
        left -= size_t(written);
    }
    return true;
}

bool fsyncRetrying(int fd)
{
    int result;
    do
        result = fsync(fd);
    while (result != 0 && errno == EINTR);
    return result == 0;
}

// Some file systems cannot sync a folder (EINVAL); their rename is as durable as it gets.
bool syncDirectory(const std::string &directory, int &error)
{
    const int fd = open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return false;
    }
    const bool ok = fsyncRetrying(fd) || errno == EINVAL || errno == EROFS;
    if (!ok)
        error = errno;
    close(fd);
    return ok;
}

} // namespace

bool isAtomicWriteTempName(std::string_view name)
{
    const size_t marker = name.rfind(TempMarker);
    return name.size() > 1 && name.front() == '.' && marker != std::string_view::npos && marker > 0
        && name.size() - marker - TempMarker.size() == TempSuffixLength;
}

int removeStaleTempFiles(const std::string &directory)
{
    DIR *dir = opendir(directory.c_str());
    if (!dir)
        return 0;
    int removed = 0;
    while (const dirent *entry = readdir(dir)) {
        if (!isAtomicWriteTempName(entry->d_name))
            continue;
        const std::string path = directory + "/" + entry->d_name;
        const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat info { };
        // Unlocked means its writer is gone: a running save holds its lock until the rename.
        if (flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && sameFile(fd, path)
            && unlink(path.c_str()) == 0)
            ++removed;
        close(fd);
    }
    closedir(dir);
    return removed;
}

std::string writeFileAtomically(const std::string &path, std::string_view bytes, AtomicWriteOptions options)
{
    const auto failure = [&path](int error) { return path + ": cannot save: " + reason(error); };

    std::string target = path;
    struct stat info { };
    if (lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode)) {
        if (char *resolved = realpath(path.c_str(), nullptr)) {
            target = resolved;
            std::free(resolved);
        }
    }
    mode_t mode = 0666; // less the umask, applied by open()
    bool exists = false;
    if (stat(target.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return failure(EISDIR);
        // A rename would replace the device, pipe or socket itself (seen: /dev/zero became a file).
        if (!S_ISREG(info.st_mode))
            return path + ": cannot save: not a regular file (a device, pipe or socket is never replaced)";
        exists = true;
        mode = info.st_mode & 07777;
    }

    const std::string directory = parentOf(target);
    if (options.removeStale)
        removeStaleTempFiles(directory);

    int error = 0;
    std::string tempPath;
    int fd = createLockedTemp(directory, nameOf(target), mode, tempPath, error);
    if (fd < 0)
        return failure(error);
    int lockHolder = -1; // keeps the lock from the close of `fd` until after the rename
    const auto fail = [&](int why) {
        if (fd >= 0)
            close(fd);
        unlink(tempPath.c_str());
        if (lockHolder >= 0)
            close(lockHolder);
        return failure(why);
    };
    if (exists) {
        // Best effort, as for any editor: only root may give a file to someone else.
        if (info.st_uid != geteuid() || info.st_gid != getegid())
            (void)!fchown(fd, info.st_uid, info.st_gid);
        fchmod(fd, mode); // open() applied the umask; the old file's bits win
    }
    if (!writeAll(fd, bytes, error))
        return fail(error);
    if (options.durable && !fsyncRetrying(fd))
        return fail(errno);
    lockHolder = dup(fd);
    if (lockHolder < 0)
        return fail(errno);
    // close() reports what writing could not, e.g. a network file system's quota.
    const int closed = close(fd);
    const int closeError = errno;
    fd = -1;
    if (closed != 0 && closeError != EINTR)
        return fail(closeError);
    if (rename(tempPath.c_str(), target.c_str()) != 0)
        return fail(errno);
    close(lockHolder);
    if (options.durable && !syncDirectory(directory, error))
        return failure(error); // the new content is in place but may not survive a power loss
    return {};
}

} // namespace seam
