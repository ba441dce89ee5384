// Document::importFiles: File ▸ Import, kept out of document.cpp (one job per file).
#include "document.h"
#include "qtstrings.h"

#include "commands/replacemodelcommand.h"
#include "importers/importfiles.h"
#include "importers/merge.h"
#include "model/modelio.h"

#include <QFileInfo>
#include <QUrl>

namespace seam {

bool Document::importFiles(const QStringList &paths)
{
    std::vector<std::string> files;
    QStringList names;
    for (const QString &path : paths) {
        const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
        files.push_back(QFileInfo(local).absoluteFilePath().toStdString());
        names << QFileInfo(local).fileName();
    }
    Diagnostics diagnostics;
    Model fragment;
    bool ok = !files.empty() && seam::importFiles(files, fragment, diagnostics);
    Model merged = model();
    if (ok) {
        mergeFragment(merged, filePath().toStdString(),
                      {fragment, files.size() == 1 ? files.front() : "the imported files"}, diagnostics);
        // What the editor holds must load like a file would: a mapping gap shows now, not at the next open.
        const LoadResult check = loadModelFromString(saveModelToString(merged, FileFormat::Yaml),
                                                     names.join(QStringLiteral(", ")).toStdString(), FileFormat::Yaml);
        for (const Diagnostic &d : check.diagnostics)
            if (d.isError()) {
                diagnostics.push_back(d);
                ok = false;
            }
    }
    m_loadDiagnostics = diagnostics;
    emit loadDiagnosticsChanged();
    if (!ok) {
        QString message = tr("Nothing was imported.");
        for (const Diagnostic &d : diagnostics)
            if (d.isError()) {
                message = toQ(d.toString());
                break;
            }
        setLastError(message);
        return false;
    }
    setLastError({});
    if (!(merged == model()))
        push(new ReplaceModelCommand(this, std::move(merged), tr("Import %1").arg(names.join(QStringLiteral(", ")))));
    return true;
}

} // namespace seam
