#include "exporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

namespace seam {

std::string writeExport(const ExportResult &result, const std::string &directory)
{
    const QDir root(QString::fromStdString(directory));
    for (const ExportedFile &file : result.files) {
        const QString path = root.filePath(QString::fromStdString(file.relativePath));
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return "cannot create folder " + folder.toStdString();
        // QSaveFile writes a temporary file and renames it on commit: a failed export
        // never leaves a half-written file where a good one was.
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return "cannot write " + path.toStdString() + ": " + out.errorString().toStdString();
        const auto size = static_cast<qint64>(file.contents.size());
        if (out.write(file.contents.data(), size) != size || !out.commit())
            return "cannot write " + path.toStdString() + ": " + out.errorString().toStdString();
    }
    return {};
}

} // namespace seam
