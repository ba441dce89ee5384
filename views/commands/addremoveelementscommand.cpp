#include "addremoveelementscommand.h"

#include "model/flows.h"

#include <QSet>

#include <set>

#include <algorithm>

namespace seam {

AddRemoveElementsCommand::AddRemoveElementsCommand(Document *document, bool adding, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_adding(adding)
{
    const Model &model = document->model();
    m_integrationsPresentBefore = model.integrations.has_value();
    m_integrationsPresentAfter = m_integrationsPresentBefore;
    m_layoutBefore = m_layoutAfter = model.layout;
    m_flowsBefore = m_flowsAfter = model.flows;
    m_schemasBefore = m_schemasAfter = model.schemas;
}

AddRemoveElementsCommand *AddRemoveElementsCommand::remove(Document *document, const QStringList &componentIds,
                                                           const QStringList &integrationIds, const QString &text)
{
    auto *command = new AddRemoveElementsCommand(document, false, text);
    const Model &model = document->model();

    std::set<std::string> components;
    for (const QString &id : componentIds)
        if (document->componentIndex(id) >= 0)
            components.insert(id.toStdString());
    std::set<std::string> integrations;
    for (const QString &id : integrationIds)
        if (document->integrationIndex(id) >= 0)
            integrations.insert(id.toStdString());

    for (size_t i = 0; i < model.components.size(); ++i)
        if (components.count(model.components[i].id))
            command->m_elements.components.emplace_back(int(i), model.components[i]);
    const auto &list = model.integrationList();
    for (size_t i = 0; i < list.size(); ++i) {
        const Integration &integration = list[i];
        if (integrations.count(integration.id) || components.count(integration.from)
            || components.count(integration.to)) {
            integrations.insert(integration.id);
            command->m_elements.integrations.emplace_back(int(i), integration);
        }
    }

    if (command->m_layoutAfter) {
        auto &layout = *command->m_layoutAfter;
        std::erase_if(layout, [&](const LayoutEntry &entry) { return components.count(entry.id) > 0; });
    }
    if (command->m_flowsAfter) {
        auto &flows = *command->m_flowsAfter;
        // A flow that loses a step no longer describes a journey (and its remaining steps may
        // not connect, which the loader refuses): it goes, and comes back on undo.
        // So does a flow whose compensation calls a removed integration or whose driver goes.
        std::erase_if(flows, [&](const Flow &flow) {
            bool uses = flow.driver && components.count(*flow.driver) > 0;
            forEachCallStep(flow.steps, [&](const FlowStep &step) {
                uses = uses || integrations.count(step.integration) > 0
                    || (step.compensation && step.compensation->integration
                        && integrations.count(*step.compensation->integration) > 0);
            });
            return uses;
        });
        if (flows.empty() && !command->m_flowsBefore->empty())
            command->m_flowsAfter.reset();
    }
    return command;
}

AddRemoveElementsCommand *AddRemoveElementsCommand::add(Document *document, std::vector<Component> components,
                                                        std::vector<Integration> integrations,
                                                        const QHash<QString, QPointF> &positions,
                                                        std::vector<Schema> schemas, const QString &text)
{
    auto *command = new AddRemoveElementsCommand(document, true, text);
    const Model &model = document->model();
    int index = int(model.components.size());
    for (Component &component : components) {
        const auto id = QString::fromStdString(component.id);
        if (positions.contains(id)) {
            if (!command->m_layoutAfter)
                command->m_layoutAfter.emplace();
            const QPointF p = positions.value(id);
            command->m_layoutAfter->push_back(LayoutEntry {component.id, p.x(), p.y(), {}});
        }
        command->m_elements.components.emplace_back(index++, std::move(component));
    }
    index = int(model.integrationList().size());
    for (Integration &integration : integrations)
        command->m_elements.integrations.emplace_back(index++, std::move(integration));
    if (!command->m_elements.integrations.empty())
        command->m_integrationsPresentAfter = true;
    for (Schema &schema : schemas) {
        if (model.findSchema(schema.name))
            continue;
        if (!command->m_schemasAfter)
            command->m_schemasAfter.emplace();
        command->m_schemasAfter->push_back(std::move(schema));
    }
    return command;
}

QStringList AddRemoveElementsCommand::componentIds() const
{
    QStringList ids;
    for (const auto &[index, component] : m_elements.components)
        ids << QString::fromStdString(component.id);
    return ids;
}

void AddRemoveElementsCommand::insertAll(bool layoutAfter)
{
    // Components first, so integrations find their endpoints when their rows appear.
    Document::ChangeBatch batch(m_document); // one changed() for the whole step
    m_document->setSchemasRaw(layoutAfter ? m_schemasAfter : m_schemasBefore);
    m_document->setLayoutRaw(layoutAfter ? m_layoutAfter : m_layoutBefore);
    for (const auto &[index, component] : m_elements.components)
        m_document->insertComponentRaw(index, component);
    if (!m_elements.integrations.empty())
        m_document->setIntegrationListPresent(true);
    for (const auto &[index, integration] : m_elements.integrations)
        m_document->insertIntegrationRaw(index, integration);
    m_document->setIntegrationListPresent(layoutAfter ? m_integrationsPresentAfter : m_integrationsPresentBefore);
    m_document->setFlowsRaw(layoutAfter ? m_flowsAfter : m_flowsBefore);
}

void AddRemoveElementsCommand::removeAll(bool layoutAfter)
{
    Document::ChangeBatch batch(m_document); // one changed() for the whole step
    m_document->setFlowsRaw(layoutAfter ? m_flowsAfter : m_flowsBefore);
    for (auto it = m_elements.integrations.rbegin(); it != m_elements.integrations.rend(); ++it)
        m_document->takeIntegrationRaw(it->first);
    for (auto it = m_elements.components.rbegin(); it != m_elements.components.rend(); ++it)
        m_document->takeComponentRaw(it->first);
    m_document->setIntegrationListPresent(layoutAfter ? m_integrationsPresentAfter : m_integrationsPresentBefore);
    m_document->setLayoutRaw(layoutAfter ? m_layoutAfter : m_layoutBefore);
    m_document->setSchemasRaw(layoutAfter ? m_schemasAfter : m_schemasBefore);
}

void AddRemoveElementsCommand::redo()
{
    if (m_adding)
        insertAll(true);
    else
        removeAll(true);
}

void AddRemoveElementsCommand::undo()
{
    if (m_adding)
        removeAll(false);
    else
        insertAll(false);
}

} // namespace seam
