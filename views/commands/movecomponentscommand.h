#pragma once
// Moving components on the canvas. A drag sends many moves; they all carry the
// drag's session id and merge into the first, so one drag is one undo step.
// Moves without a session id (0: auto layout, nudges) never merge. Undo puts
// the whole layout list back, so entries the move had to create disappear
// again and their order is what it was.
//
// A move can also change components' trust zones (a card dropped into another
// zone's boundary, Document::dropComponents): sent with the drag's id, the zone
// changes merge into the drag too, so undo restores positions and zones at once.

#include "commandids.h"
#include "views/document.h"

#include <QHash>
#include <QUndoCommand>

namespace seam {

class MoveComponentsCommand : public QUndoCommand {
public:
    // `zones`: the new `zone:` of components (nullopt: none, the kind's default).
    MoveComponentsCommand(Document *document, QHash<QString, QPointF> positions, int dragId, const QString &text,
                          const QHash<QString, std::optional<Zone>> &zones = {});

    void undo() override;
    void redo() override;
    int id() const override { return MoveComponentsId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    struct ZoneChange {
        std::optional<Zone> before, after;
    };
    bool changesNothing() const;
    void setZones(bool after);

    Document *m_document;
    int m_dragId;
    QHash<QString, QPointF> m_positions;
    std::optional<std::vector<LayoutEntry>> m_layoutBefore;
    QHash<QString, ZoneChange> m_zones;
};

} // namespace seam
