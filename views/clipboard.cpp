#include "clipboard.h"
#include "document.h"
#include "qtstrings.h"

#include "commands/addremoveelementscommand.h"
#include "model/modelio.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QMimeData>
#include <QPointF>
#include <QSet>

#include <map>
#include <set>

namespace seam {

namespace {

const QString SeamMimeType = QStringLiteral("application/x-seam+yaml");

// The system clipboard exists only in a GUI application (not in seam-cli or plain tests).
QClipboard *systemClipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}

QString clipboardText()
{
    QClipboard *clipboard = systemClipboard();
    const QMimeData *mime = clipboard ? clipboard->mimeData() : nullptr;
    if (!mime)
        return {};
    if (mime->hasFormat(SeamMimeType))
        return QString::fromUtf8(mime->data(SeamMimeType));
    return mime->text();
}

// Names of the schemas a schema body refers to.
void collectSchemaRefs(const SourceNode &node, std::set<std::string> &out)
{
    forEachSchemaRef(node, [&](const SourceNode &ref) { out.insert(ref.text()); });
}

} // namespace

Clipboard::Clipboard(Document *document)
    : QObject(document)
    , m_document(document)
{
}

Model Clipboard::fragment(const QStringList &componentIds) const
{
    const Model &model = m_document->model();
    Model fragment;
    fragment.name = model.name;
    std::set<std::string> components;
    for (const Component &component : model.components)
        if (componentIds.contains(toQ(component.id))) {
            fragment.components.push_back(component);
            components.insert(component.id);
            if (!fragment.layout)
                fragment.layout.emplace();
            const QPointF p = m_document->position(m_document->componentIndex(component.id));
            fragment.layout->push_back(LayoutEntry {component.id, p.x(), p.y(), {}});
        }
    std::set<std::string> schemaRefs;
    for (const Integration &integration : model.integrationList()) {
        if (!components.count(integration.from) || !components.count(integration.to))
            continue;
        if (!fragment.integrations)
            fragment.integrations.emplace();
        fragment.integrations->push_back(integration);
        for (const Operation &op : integration.operations.value_or(std::vector<Operation> {})) {
            if (op.request)
                schemaRefs.insert(*op.request);
            if (op.response)
                schemaRefs.insert(*op.response);
        }
        for (const Event &event : integration.events.value_or(std::vector<Event> {}))
            if (event.payload)
                schemaRefs.insert(*event.payload);
    }
    // Schemas travel along, with those they refer to in turn.
    std::set<std::string> done;
    while (!schemaRefs.empty()) {
        const std::string name = *schemaRefs.begin();
        schemaRefs.erase(schemaRefs.begin());
        if (!done.insert(name).second)
            continue;
        if (const Schema *schema = model.findSchema(name)) {
            if (!fragment.schemas)
                fragment.schemas.emplace();
            fragment.schemas->push_back(*schema);
            std::set<std::string> refs;
            collectSchemaRefs(schema->body, refs);
            for (const std::string &ref : refs)
                if (!done.count(ref))
                    schemaRefs.insert(ref);
        }
    }
    return fragment;
}

QString Clipboard::copyToText(const QStringList &componentIds) const
{
    if (componentIds.isEmpty())
        return {};
    return toQ(saveModelToString(fragment(componentIds), FileFormat::Yaml));
}

QStringList Clipboard::pasteText(const QString &text, double dx, double dy)
{
    if (text.trimmed().isEmpty())
        return {};
    LoadResult result = loadModelFromString(text.toStdString(), "clipboard", FileFormat::Yaml);
    if (!result.ok() || result.model->components.empty())
        return {};
    Model &source = *result.model;

    QSet<QString> takenComponents;
    std::map<std::string, std::string> renamed;
    std::vector<Component> components;
    QHash<QString, QPointF> positions;
    QStringList newIds;
    for (size_t i = 0; i < source.components.size(); ++i) {
        Component component = source.components[i];
        const QString id = m_document->uniqueComponentId(toQ(component.id), takenComponents);
        takenComponents.insert(id);
        renamed[component.id] = id.toStdString();
        const geometry::Slot slot = geometry::fallbackSlot(int(i));
        QPointF p(slot.x, slot.y);
        if (const LayoutEntry *entry = source.findLayout(component.id))
            p = QPointF(entry->x, entry->y);
        component.id = id.toStdString();
        component.mark = {};
        positions.insert(id, p + QPointF(dx, dy));
        newIds << id;
        components.push_back(std::move(component));
    }
    QSet<QString> takenIntegrations;
    std::vector<Integration> integrations;
    for (Integration integration : source.integrationList()) {
        if (!renamed.count(integration.from) || !renamed.count(integration.to))
            continue;
        integration.from = renamed[integration.from];
        integration.to = renamed[integration.to];
        const QString id = m_document->uniqueIntegrationId(toQ(integration.id), takenIntegrations);
        takenIntegrations.insert(id);
        integration.id = id.toStdString();
        integration.mark = {};
        integrations.push_back(std::move(integration));
    }
    const QString label = components.size() == 1 ? tr("Paste %1").arg(newIds.first())
                                                 : tr("Paste %n components", nullptr, int(components.size()));
    m_document->push(AddRemoveElementsCommand::add(m_document, std::move(components), std::move(integrations),
                                                   positions, source.schemas.value_or(std::vector<Schema> {}), label));
    return newIds;
}

void Clipboard::copy(const QStringList &componentIds)
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard || componentIds.isEmpty())
        return;
    const QString text = copyToText(componentIds);
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(SeamMimeType, text.toUtf8());
    clipboard->setMimeData(mime);
}

void Clipboard::cut(const QStringList &componentIds, const QStringList &integrationIds)
{
    if (componentIds.isEmpty() && integrationIds.isEmpty())
        return;
    copy(componentIds);
    m_document->removeElements(componentIds, integrationIds);
}

bool Clipboard::canPaste() const
{
    return clipboardText().contains(QLatin1String("components:"));
}

QStringList Clipboard::paste()
{
    return pasteText(clipboardText(), 40, 40);
}

} // namespace seam
