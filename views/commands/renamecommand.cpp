#include "renamecommand.h"

#include <QCoreApplication>

namespace seam {

RenameCommand::RenameCommand(Document *document, Target target, std::string from, std::string to)
    : QUndoCommand(QCoreApplication::translate("seam", "Rename %1 to %2")
                       .arg(QString::fromStdString(from), QString::fromStdString(to)))
    , m_document(document)
    , m_target(target)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

void RenameCommand::rename(const std::string &from, const std::string &to)
{
    if (m_target == Target::Component)
        m_document->renameComponentRaw(from, to);
    else
        m_document->renameIntegrationRaw(from, to);
}

} // namespace seam
