#pragma once
// Adding and removing components and integrations share one command (after
// Tiled's AddRemoveLayer): removing is adding undone. The command remembers
// each element with its index, and the lists that change as a side effect
// (layout entries, flow steps, schemas brought along by a paste) as
// before/after wholes, so undo puts everything back at its original place
// and the model compares equal to what it was.

#include "views/document.h"

#include <QUndoCommand>

#include <optional>
#include <utility>
#include <vector>

namespace seam {

class AddRemoveElementsCommand : public QUndoCommand {
public:
    struct Elements {
        std::vector<std::pair<int, Component>> components; // ascending index
        std::vector<std::pair<int, Integration>> integrations; // ascending index
    };

    // Removes the components (and every integration touching them, their layout entries)
    // and the integrations. Flows that use a removed integration are removed too: with a
    // step missing they would no longer describe a connected journey.
    static AddRemoveElementsCommand *remove(Document *document, const QStringList &componentIds,
                                            const QStringList &integrationIds, const QString &text);
    // Appends components and integrations (ids must be new and unique), with positions
    // for the components and any schemas they need that the model lacks.
    static AddRemoveElementsCommand *add(Document *document, std::vector<Component> components,
                                         std::vector<Integration> integrations,
                                         const QHash<QString, QPointF> &positions, std::vector<Schema> schemas,
                                         const QString &text);

    void undo() override;
    void redo() override;

    bool isEmpty() const { return m_elements.components.empty() && m_elements.integrations.empty(); }
    const Elements &elements() const { return m_elements; }

private:
    AddRemoveElementsCommand(Document *document, bool adding, const QString &text);
    void insertAll(bool layoutAfter);
    void removeAll(bool layoutAfter);
    QStringList componentIds() const;

    Document *m_document;
    bool m_adding;
    Elements m_elements;
    bool m_integrationsPresentBefore = false;
    bool m_integrationsPresentAfter = false;
    std::optional<std::vector<LayoutEntry>> m_layoutBefore, m_layoutAfter;
    std::optional<std::vector<Flow>> m_flowsBefore, m_flowsAfter;
    std::optional<std::vector<Schema>> m_schemasBefore, m_schemasAfter;
};

} // namespace seam
