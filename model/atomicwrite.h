#pragma once
// Replacing a file so that at every moment (crash, SIGKILL, full disk, power loss) it holds
// either its complete old content or the complete new one.
//
// Plain POSIX calls, each one checked: Qt 6.4's QSaveFile::commit() returned true after its
// buffered final write failed with ENOSPC, which emptied users' files on a full disk.
//
// The new content goes to a temporary file beside the target, `.NAME.seam-tmp-XXXXXX`, which
// its writer holds an flock() on until it is renamed over the target. A writer killed midway
// leaves its temporary behind, unlocked (the kernel drops the lock with the process); the
// next save in that folder removes it. A temporary still locked belongs to a save running
// now (another editor, another seam-cli) and is left alone.

#include <string>
#include <string_view>

namespace seam {

struct AtomicWriteOptions {
    // fsync the file before the rename and the folder after it, so the new content survives
    // a power loss. Exports turn it off: they can be written again, and one fsync per file
    // made a 10k-component export (~18k files) four times slower.
    bool durable = true;
    // Remove stale temporaries in the target's folder first. Callers writing many files into
    // one folder call removeStaleTempFiles() once themselves and turn this off.
    bool removeStale = true;
};

// Writes `bytes` to `path` atomically; the folder must exist. A symbolic link is followed,
// so the file it points to is replaced; a target that is not a regular file (a device such as
// /dev/null, a pipe) is refused. An existing file's permission bits are kept; a new
// file gets 0666 less the umask. Returns "" on success, else
// "PATH: cannot save: REASON" (e.g. "No space left on device"); the old file is then
// untouched and no temporary is left behind.
std::string writeFileAtomically(const std::string &path, std::string_view bytes, AtomicWriteOptions options = {});

// Removes the temporaries left in `directory` by writers that were killed (those no process
// holds locked). Returns how many were removed; errors are ignored (this is tidying).
int removeStaleTempFiles(const std::string &directory);

// True for names writeFileAtomically() gives its temporaries.
bool isAtomicWriteTempName(std::string_view fileName);

} // namespace seam
