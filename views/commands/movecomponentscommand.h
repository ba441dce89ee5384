#pragma once
// Moving components on the canvas. A drag sends many moves; they all carry the
// drag's session id and merge into the first, so one drag is one undo step.
// Moves without a session id (0: auto layout, nudges) never merge. Undo puts
// the whole layout list back, so entries the move had to create disappear
// again and their order is what it was.

#include "commandids.h"
#include "views/document.h"

#include <QHash>
#include <QUndoCommand>

namespace seam {

class MoveComponentsCommand : public QUndoCommand {
public:
    MoveComponentsCommand(Document *document, QHash<QString, QPointF> positions, int dragId, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return MoveComponentsId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool changesNothing() const;

    Document *m_document;
    int m_dragId;
    QHash<QString, QPointF> m_positions;
    std::optional<std::vector<LayoutEntry>> m_layoutBefore;
};

} // namespace seam
