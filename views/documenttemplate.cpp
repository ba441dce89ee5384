// Document::newFromTemplate: File ▸ New from Template, kept out of document.cpp (one job per file).
#include "document.h"
#include "qtstrings.h"

#include "model/modelio.h"
#include "templates/catalog.h"

namespace seam {

bool Document::newFromTemplate(const QString &name)
{
    const ModelTemplate *entry = findTemplate(name.toStdString());
    if (!entry) {
        setLastError(tr("There is no template named “%1”; the templates are: %2.").arg(name, toQ(templateNames())));
        return false;
    }
    const std::optional<std::string> text = templateText(*entry);
    LoadResult loaded;
    if (text)
        loaded = loadModelFromString(*text, std::string(entry->file), FileFormat::Yaml);
    if (!loaded.ok()) {
        // A build error (tests/templates holds every template to loading cleanly), said plainly.
        QString message = tr("The template “%1” could not be read.").arg(name);
        for (const Diagnostic &d : loaded.diagnostics)
            if (d.isError()) {
                message = toQ(d.toString());
                break;
            }
        setLastError(message);
        return false;
    }
    setModel(std::move(*loaded.model));
    // Untitled, but Save As patches the template's text: its header comment and layout survive.
    m_fileText = std::move(loaded.sourceText);
    return true;
}

} // namespace seam
