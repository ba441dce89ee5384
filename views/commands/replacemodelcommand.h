#pragma once
// Swaps the whole model for another (recovering an autosave): an undoable
// step, so the user can go back to what is on disk.

#include "views/document.h"

#include <QUndoCommand>

namespace seam {

class ReplaceModelCommand : public QUndoCommand {
public:
    ReplaceModelCommand(Document *document, Model model, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->model())
        , m_after(std::move(model))
    {
    }

    void undo() override { m_document->resetModelRaw(m_before); }
    void redo() override { m_document->resetModelRaw(m_after); }

private:
    Document *m_document;
    Model m_before;
    Model m_after;
};

} // namespace seam
