#include "highlight.h"

namespace seam::diff {

CanvasHighlights canvasHighlights(const ModelDiff &diff)
{
    CanvasHighlights out;
    for (const Change &change : diff.changes) {
        auto *states = change.ownerKind == ElementKind::Component ? &out.components
            : change.ownerKind == ElementKind::Integration        ? &out.integrations
                                                                  : nullptr;
        if (!states)
            continue;
        const bool itself = change.kind == change.ownerKind;
        const ElementState state = itself && change.action == Action::Added ? ElementState::Added
            : itself && change.action == Action::Removed                    ? ElementState::Removed
                                                                            : ElementState::Changed;
        // Added or removed wins over a change inside it (none is reported, but be safe).
        states->try_emplace(change.owner, state);
        if (itself && state != ElementState::Changed)
            (*states)[change.owner] = state;
    }
    return out;
}

} // namespace seam::diff
