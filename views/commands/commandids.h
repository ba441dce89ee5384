#pragma once
// QUndoCommand::id() values: QUndoStack only offers mergeWith() to a command of
// the same id, so every mergeable command type needs its own.

namespace seam {

enum CommandId {
    SetComponentValueId = 1,
    SetIntegrationValueId,
    SetHeaderValueId,
    MoveComponentsId,
};

} // namespace seam
