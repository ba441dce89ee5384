#pragma once
// Renaming a component or an integration id, with every reference to it
// (integration from/to and layout entries for components, flow steps for
// integrations). Renaming is its own inverse, so undo renames back.

#include "views/document.h"

#include <QUndoCommand>

namespace seam {

class RenameCommand : public QUndoCommand {
public:
    enum class Target { Component, Integration };

    RenameCommand(Document *document, Target target, std::string from, std::string to);

    void undo() override { rename(m_to, m_from); }
    void redo() override { rename(m_from, m_to); }

private:
    void rename(const std::string &from, const std::string &to);

    Document *m_document;
    Target m_target;
    std::string m_from;
    std::string m_to;
};

} // namespace seam
