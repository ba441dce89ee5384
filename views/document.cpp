#include "document.h"
#include "qtstrings.h"

#include "model/constraints.h"
#include "model/flows.h"
#include "model/inputlimits.h"
#include "model/vocabulary.h"

#include "clipboard.h"
#include "commands/addremoveelementscommand.h"
#include "commands/movecomponentscommand.h"
#include "commands/renamecommand.h"
#include "commands/setvaluecommand.h"
#include "componentlistmodel.h"
#include "integrationlistmodel.h"
#include "lintrunner.h"
#include "problemlistmodel.h"
#include "recovery.h"
#include "zoneboxes.h"

#include "model/modelio.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <utility>

namespace seam {

namespace {

QString localPath(const QString &path)
{
    if (path.startsWith(QLatin1String("file:")))
        return QUrl(path).toLocalFile();
    return path;
}

template <typename E> QStringList namesOf()
{
    QStringList names;
    for (std::string_view name : enumNames<E>())
        names << toQ(name);
    return names;
}

// "orders" → "orders-2", "orders-3"...; "orders-2" → "orders-3"...
QString uniqueId(const QString &base, const std::function<bool(const QString &)> &taken)
{
    if (!taken(base))
        return base;
    QString stem = base;
    static const QRegularExpression suffix(QStringLiteral("-(\\d+)$"));
    const auto match = suffix.match(base);
    int n = 2;
    if (match.hasMatch()) {
        stem = base.left(match.capturedStart());
        n = match.captured(1).toInt() + 1;
    }
    for (;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_components(new ComponentListModel(this))
    , m_integrations(new IntegrationListModel(this))
    , m_problems(new ProblemListModel(this))
{
    m_lint = new LintRunner(this);
    m_clipboard = new Clipboard(this);
    m_model.name = "Untitled system";

    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        emit modifiedChanged();
        emit titleChanged();
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::undoStateChanged);
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &Document::undoStateChanged);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &Document::undoStateChanged);
    m_recovery = new Recovery(this); // lists what crashed sessions left, untitled work included
}

Document::~Document()
{
    // Lint results must not arrive into a half-destroyed document.
    delete m_lint;
    m_lint = nullptr;
    delete m_recovery; // removes this document's recovery file, while the document is whole
    m_recovery = nullptr;
}

// --- File --------------------------------------------------------------------------------

QString Document::fileName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

QString Document::title() const
{
    return fileName() + (isModified() ? QStringLiteral("*") : QString());
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

QVariantList Document::loadDiagnostics() const
{
    QVariantList list;
    for (const Diagnostic &d : m_loadDiagnostics) {
        list << QVariantMap {
            {QStringLiteral("file"), toQ(d.file)},
            {QStringLiteral("line"), d.mark.line},
            {QStringLiteral("column"), d.mark.column},
            {QStringLiteral("severity"), d.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), toQ(d.message)},
            {QStringLiteral("text"), toQ(d.toString())},
        };
    }
    return list;
}

void Document::setLastError(const QString &message)
{
    m_lastError = message;
    emit lastErrorChanged();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
    emit titleChanged();
}

bool Document::load(const QString &path)
{
    const QString file = QFileInfo(localPath(path)).absoluteFilePath();
    LoadResult result = loadModelFromFile(file.toStdString());
    m_loadDiagnostics = result.diagnostics;
    emit loadDiagnosticsChanged();
    if (!result.ok()) {
        QString message;
        for (const Diagnostic &d : result.diagnostics)
            if (d.isError()) {
                message = toQ(d.toString());
                break;
            }
        if (message.isEmpty())
            message = tr("%1: cannot be loaded").arg(file);
        setLastError(message);
        return false;
    }
    m_pinned.clear();
    resetModelRaw(std::move(*result.model));
    m_undoStack->clear();
    m_undoStack->setClean();
    m_fileText = std::move(result.sourceText);
    setFilePath(file);
    setLastError({});
    m_recovery->documentReplaced(); // after the new path is set: it looks for that file's
    emit modifiedChanged();
    emit titleChanged();
    emit loaded(file);
    return true;
}

bool Document::save()
{
    if (m_filePath.isEmpty()) {
        setLastError(tr("The document has no file name yet: use Save As."));
        return false;
    }
    return saveAs(m_filePath);
}

bool Document::saveAs(const QString &path)
{
    const QString file = QFileInfo(localPath(path)).absoluteFilePath();
    // Patch the text the user wrote (also into a Save As copy of the same format);
    // only what was edited changes.
    const FileFormat format = formatForPath(file.toStdString());
    const bool patch = !m_fileText.empty() && format == formatForPath(m_filePath.toStdString());
    std::string text = patch ? patchedModelText(m_fileText, format, m_model) : saveModelToString(m_model, format);
    const std::string error = saveModelText(text, file.toStdString());
    if (!error.empty()) {
        setLastError(toQ(error));
        return false;
    }
    m_fileText = std::move(text);
    setFilePath(file);
    m_undoStack->setClean();
    m_recovery->documentSaved();
    setLastError({});
    emit saved(file);
    return true;
}

void Document::newModel(const QString &name)
{
    Model model;
    model.name = name.toStdString();
    setModel(std::move(model));
}

void Document::setModel(Model model)
{
    m_pinned.clear();
    resetModelRaw(std::move(model));
    m_undoStack->clear();
    m_undoStack->setClean();
    m_loadDiagnostics.clear();
    emit loadDiagnosticsChanged();
    m_fileText.clear();
    setFilePath({});
    setLastError({});
    m_recovery->documentReplaced();
    emit modifiedChanged();
    emit titleChanged();
}

void Document::setModelName(const QString &name)
{
    const std::string value = name.trimmed().toStdString();
    if (value.empty() || value == m_model.name)
        return;
    push(new SetHeaderValueCommand(
        this, {}, QStringLiteral("name"), [&](ModelHeader &h) { h.name = value; }, tr("Rename system")));
}

void Document::setModelDescription(const QString &description)
{
    std::optional<std::string> value;
    if (!description.isEmpty())
        value = description.toStdString();
    push(new SetHeaderValueCommand(
        this, {}, QStringLiteral("description"), [&](ModelHeader &h) { h.description = value; },
        tr("Edit description")));
}

// --- Undo --------------------------------------------------------------------------------

void Document::undo()
{
    ChangeBatch batch(this);
    m_undoStack->undo();
}

void Document::redo()
{
    ChangeBatch batch(this);
    m_undoStack->redo();
}

bool Document::canUndo() const
{
    return m_undoStack->canUndo();
}

bool Document::canRedo() const
{
    return m_undoStack->canRedo();
}

QString Document::undoText() const
{
    return m_undoStack->undoText();
}

QString Document::redoText() const
{
    return m_undoStack->redoText();
}

void Document::push(QUndoCommand *command)
{
    if (command->isObsolete()) {
        delete command; // an edit that changes nothing is not an undo step
        return;
    }
    ChangeBatch batch(this);
    m_undoStack->push(command);
}

// --- Edits -------------------------------------------------------------------------------

QString Document::addComponent(const QString &kind, qreal x, qreal y)
{
    const auto parsed = parseEnum<ComponentKind>(kind.toStdString());
    if (!parsed)
        return {};
    Component component;
    component.id = uniqueComponentId(kind).toStdString();
    component.kind = *parsed;
    const QString id = toQ(component.id);
    push(AddRemoveElementsCommand::add(this, {std::move(component)}, {}, {{id, QPointF(x, y)}}, {},
                                       tr("Add %1").arg(kind)));
    return id;
}

QString Document::addIntegration(const QString &from, const QString &to, const QString &pattern)
{
    const auto parsed = parseEnum<Pattern>(pattern.toStdString());
    if (!parsed || from == to || componentIndex(from) < 0 || componentIndex(to) < 0)
        return {};
    Integration integration;
    integration.id = uniqueIntegrationId(from + QLatin1Char('-') + to).toStdString();
    integration.from = from.toStdString();
    integration.to = to.toStdString();
    integration.pattern = *parsed;
    const QString id = toQ(integration.id);
    push(AddRemoveElementsCommand::add(this, {}, {std::move(integration)}, {}, {},
                                       tr("Add %1 integration").arg(pattern)));
    return id;
}

void Document::removeElements(const QStringList &componentIds, const QStringList &integrationIds)
{
    const int n = componentIds.size() + integrationIds.size();
    QString text;
    if (n == 1)
        text = tr("Delete %1").arg(componentIds.isEmpty() ? integrationIds.first() : componentIds.first());
    else
        text = tr("Delete %n elements", nullptr, n);
    auto *command = AddRemoveElementsCommand::remove(this, componentIds, integrationIds, text);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    push(command);
}

QString Document::idProblem(const QString &id, const QString &what) const
{
    if (id.isEmpty())
        return tr("An id is required.");
    if (std::string problem = seam::idProblem(id.toStdString(), what.toStdString()); !problem.empty())
        return toQ(problem); // the loader's words
    // The loader refuses longer ids (export names files after them): never save a file that cannot be opened.
    if (static_cast<size_t>(id.size()) > limits::kMaxNameLength)
        return tr("An id has at most %1 characters.").arg(limits::kMaxNameLength);
    return {};
}

QString Document::renameComponent(const QString &oldId, const QString &newId)
{
    if (componentIndex(oldId) < 0)
        return tr("There is no component \"%1\".").arg(oldId);
    if (oldId == newId)
        return {};
    if (QString problem = idProblem(newId, QStringLiteral("component")); !problem.isEmpty())
        return problem;
    if (componentIndex(newId) >= 0)
        return tr("A component with the id \"%1\" already exists.").arg(newId);
    push(new RenameCommand(this, RenameCommand::Target::Component, oldId.toStdString(), newId.toStdString()));
    return {};
}

QString Document::renameIntegration(const QString &oldId, const QString &newId)
{
    if (integrationIndex(oldId) < 0)
        return tr("There is no integration \"%1\".").arg(oldId);
    if (oldId == newId)
        return {};
    if (QString problem = idProblem(newId, QStringLiteral("integration")); !problem.isEmpty())
        return problem;
    if (integrationIndex(newId) >= 0)
        return tr("An integration with the id \"%1\" already exists.").arg(newId);
    push(new RenameCommand(this, RenameCommand::Target::Integration, oldId.toStdString(), newId.toStdString()));
    return {};
}

QStringList Document::duplicate(const QStringList &componentIds, qreal dx, qreal dy)
{
    if (componentIds.isEmpty())
        return {};
    return m_clipboard->pasteText(m_clipboard->copyToText(componentIds), dx, dy);
}

int Document::beginDrag()
{
    return m_nextDragId++;
}

void Document::moveComponents(const QStringList &ids, const QVariantList &positions, int dragId)
{
    QHash<QString, QPointF> map;
    for (qsizetype i = 0; i < ids.size() && i < positions.size(); ++i)
        if (componentIndex(ids[i]) >= 0)
            map.insert(ids[i], positions[i].toPointF());
    moveComponents(map, dragId);
}

void Document::moveComponents(const QHash<QString, QPointF> &positions, int dragId, const QString &text)
{
    if (positions.isEmpty())
        return;
    const QString label = !text.isEmpty() ? text
        : positions.size() == 1           ? tr("Move %1").arg(positions.begin().key())
                                          : tr("Move %n components", nullptr, int(positions.size()));
    push(new MoveComponentsCommand(this, positions, dragId, label));
}

QStringList Document::dropComponents(const QStringList &ids, int dragId)
{
    std::vector<int> rows;
    for (const QString &id : ids)
        rows.push_back(componentIndex(id));
    const std::vector<ZoneMove> moves = dropZones(zoneCards(*this), rows);
    if (moves.empty())
        return {};
    QHash<QString, std::optional<Zone>> zones;
    QStringList changed;
    for (const ZoneMove &move : moves) {
        const Component &c = m_model.components[size_t(move.row)];
        // The kind's own zone is written as no `zone:`: dragging back restores the file.
        zones.insert(toQ(c.id), move.zone == kindInfo(c.kind).defaultZone ? std::nullopt : std::optional(move.zone));
        changed << toQ(c.id);
    }
    const QString text = changed.size() == 1
        ? tr("Move %1 to %2").arg(changed.first(), toQ(zoneInfo(moves.front().zone).title))
        : tr("Move %n components to other zones", nullptr, int(changed.size()));
    push(new MoveComponentsCommand(this, {}, dragId, text, zones));
    return changed;
}

void Document::applyPositions(const QHash<QString, QPointF> &positions, const QString &text)
{
    moveComponents(positions, 0, text);
}

// --- Selection helpers -------------------------------------------------------------------

QStringList Document::allComponentIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_model.components.size()));
    for (const Component &component : m_model.components)
        ids << toQ(component.id);
    return ids;
}

QStringList Document::allIntegrationIds() const
{
    QStringList ids;
    for (const Integration &integration : m_model.integrationList())
        ids << toQ(integration.id);
    return ids;
}

QStringList Document::componentsInRect(const QRectF &rect) const
{
    QStringList ids;
    const QRectF r = rect.normalized();
    for (int i = 0; i < componentCount(); ++i)
        if (r.intersects(QRectF(position(i), cardSize())))
            ids << toQ(m_model.components[size_t(i)].id);
    return ids;
}

QPointF Document::componentPosition(const QString &id) const
{
    const int index = componentIndex(id);
    return index < 0 ? QPointF() : position(index);
}

QString Document::uniqueComponentId(const QString &base, const QSet<QString> &alsoTaken) const
{
    return uniqueId(base, [&](const QString &id) { return componentIndex(id) >= 0 || alsoTaken.contains(id); });
}

QString Document::uniqueIntegrationId(const QString &base, const QSet<QString> &alsoTaken) const
{
    return uniqueId(base, [&](const QString &id) { return integrationIndex(id) >= 0 || alsoTaken.contains(id); });
}

QStringList Document::componentKinds()
{
    return namesOf<ComponentKind>();
}

QStringList Document::patterns()
{
    return namesOf<Pattern>();
}

// --- Pins --------------------------------------------------------------------------------

void Document::setPinned(const QString &id, bool pinned)
{
    if (componentIndex(id) < 0 || pinned == m_pinned.contains(id))
        return;
    if (pinned)
        m_pinned.insert(id);
    else
        m_pinned.remove(id);
    m_pending.kinds |= ModelChange::PinsChanged;
    m_pending.pins << id;
    finishChange();
}

// --- Read access -------------------------------------------------------------------------

int Document::componentIndex(const QString &id) const
{
    return m_componentIndex.value(id, -1);
}

int Document::integrationIndex(const QString &id) const
{
    return m_integrationIndex.value(id, -1);
}

QPointF Document::position(int componentIndex) const
{
    if (componentIndex < 0 || componentIndex >= componentCount())
        return {};
    const int entry = m_layoutIndex.value(toQ(m_model.components[size_t(componentIndex)].id), -1);
    if (entry >= 0) {
        const LayoutEntry &e = (*m_model.layout)[size_t(entry)];
        return {e.x, e.y};
    }
    // Components without a layout entry get a grid slot by their order until moved.
    const geometry::Slot slot = geometry::fallbackSlot(componentIndex);
    return {slot.x, slot.y};
}

bool Document::hasLayoutEntry(int componentIndex) const
{
    return componentIndex >= 0 && componentIndex < componentCount()
        && m_layoutIndex.contains(toQ(m_model.components[size_t(componentIndex)].id));
}

// --- Raw mutation ------------------------------------------------------------------------

void Document::rebuildIndex()
{
    m_componentIndex.clear();
    m_componentIndex.reserve(qsizetype(m_model.components.size()));
    for (size_t i = 0; i < m_model.components.size(); ++i)
        m_componentIndex.insert(toQ(m_model.components[i].id), int(i));
    m_integrationIndex.clear();
    const auto &integrations = m_model.integrationList();
    for (size_t i = 0; i < integrations.size(); ++i)
        m_integrationIndex.insert(toQ(integrations[i].id), int(i));
    m_layoutIndex.clear();
    const auto &layout = m_model.layoutList();
    for (size_t i = 0; i < layout.size(); ++i)
        m_layoutIndex.insert(toQ(layout[i].id), int(i));
}

// --- Change events -----------------------------------------------------------------------

namespace {

// The row lists of a pending change, kept in ModelChange's numbering while raw mutations
// come one by one: removed rows as before the first mutation, added and changed rows as now.
struct Rows {
    QList<int> &removed;
    QList<int> &added;
    QList<int> &changed;
};

void insertSorted(QList<int> &rows, int row)
{
    const auto at = std::lower_bound(rows.begin(), rows.end(), row);
    if (at == rows.end() || *at != row)
        rows.insert(at, row);
}

// False when the row cannot be described (a removal after an insertion in one change).
bool noteRemoved(Rows rows, int row)
{
    if (!rows.added.isEmpty())
        return false;
    rows.changed.removeAll(row);
    for (int &r : rows.changed)
        if (r > row)
            --r;
    int original = row;
    for (int r : rows.removed) // ascending: each earlier removal shifts the original row up
        if (r <= original)
            ++original;
    insertSorted(rows.removed, original);
    return true;
}

void noteAdded(Rows rows, int row)
{
    for (int &r : rows.changed)
        if (r >= row)
            ++r;
    for (int &r : rows.added)
        if (r >= row)
            ++r;
    insertSorted(rows.added, row);
}

void noteChanged(Rows rows, int row)
{
    if (!rows.added.contains(row)) // a new row is read whole anyway
        insertSorted(rows.changed, row);
}

} // namespace

Document::ChangeBatch::ChangeBatch(Document *document)
    : m_document(document)
{
    ++m_document->m_batchDepth;
}

Document::ChangeBatch::~ChangeBatch()
{
    if (--m_document->m_batchDepth == 0)
        m_document->flushChange();
}

void Document::finishChange()
{
    if (m_batchDepth == 0)
        flushChange();
}

void Document::flushChange()
{
    if (m_pending.isEmpty())
        return;
    ModelChange change = std::exchange(m_pending, ModelChange {});
    if (change.isReset()) {
        change = ModelChange::reset();
    } else {
        // Entries of components removed in the same step are no rows to update.
        change.moved.removeIf([this](const QString &id) { return componentIndex(id) < 0; });
        change.moved.removeDuplicates();
        change.moved.sort(); // a stable description, whatever order the edit visited them in
        if (change.moved.isEmpty())
            change.kinds &= ~ModelChange::Kinds(ModelChange::PositionsMoved);
        change.pins.removeIf([this](const QString &id) { return componentIndex(id) < 0; });
        if (change.pins.isEmpty())
            change.kinds &= ~ModelChange::Kinds(ModelChange::PinsChanged);
        if (change.isEmpty())
            return;
    }
    if (change.isContent())
        ++m_revision;
    emit changed(change);
    if (change.componentRowsShifted() || change.integrationRowsShifted())
        emit countsChanged();
    if (change.isReset() || change.has(ModelChange::HeaderChanged))
        emit modelNameChanged();
}

// --- Raw mutation ------------------------------------------------------------------------

void Document::insertComponentRaw(int index, Component component)
{
    m_model.components.insert(m_model.components.begin() + index, std::move(component));
    rebuildIndex();
    m_pending.kinds |= ModelChange::ComponentsAdded;
    noteAdded({m_pending.componentsRemoved, m_pending.componentsAdded, m_pending.componentsChanged}, index);
    finishChange();
}

Component Document::takeComponentRaw(int index)
{
    Component component = std::move(m_model.components[size_t(index)]);
    m_model.components.erase(m_model.components.begin() + index);
    m_pinned.remove(toQ(component.id));
    rebuildIndex();
    m_pending.kinds |= ModelChange::ComponentsRemoved;
    if (!noteRemoved({m_pending.componentsRemoved, m_pending.componentsAdded, m_pending.componentsChanged}, index))
        m_pending.kinds |= ModelChange::Reset;
    finishChange();
    return component;
}

void Document::replaceComponentRaw(int index, Component component)
{
    m_model.components[size_t(index)] = std::move(component);
    m_pending.kinds |= ModelChange::ComponentsChanged;
    noteChanged({m_pending.componentsRemoved, m_pending.componentsAdded, m_pending.componentsChanged}, index);
    finishChange();
}

void Document::insertIntegrationRaw(int index, Integration integration)
{
    if (!m_model.integrations)
        m_model.integrations.emplace();
    m_model.integrations->insert(m_model.integrations->begin() + index, std::move(integration));
    rebuildIndex();
    m_pending.kinds |= ModelChange::IntegrationsAdded;
    noteAdded({m_pending.integrationsRemoved, m_pending.integrationsAdded, m_pending.integrationsChanged}, index);
    finishChange();
}

Integration Document::takeIntegrationRaw(int index)
{
    Integration integration = std::move((*m_model.integrations)[size_t(index)]);
    m_model.integrations->erase(m_model.integrations->begin() + index);
    rebuildIndex();
    m_pending.kinds |= ModelChange::IntegrationsRemoved;
    if (!noteRemoved({m_pending.integrationsRemoved, m_pending.integrationsAdded, m_pending.integrationsChanged},
                     index))
        m_pending.kinds |= ModelChange::Reset;
    finishChange();
    return integration;
}

void Document::replaceIntegrationRaw(int index, Integration integration)
{
    (*m_model.integrations)[size_t(index)] = std::move(integration);
    m_pending.kinds |= ModelChange::IntegrationsChanged;
    noteChanged({m_pending.integrationsRemoved, m_pending.integrationsAdded, m_pending.integrationsChanged}, index);
    finishChange();
}

void Document::setIntegrationListPresent(bool present)
{
    if (present == m_model.integrations.has_value())
        return;
    if (present) {
        m_model.integrations.emplace();
    } else {
        if (!m_model.integrations->empty())
            return; // never drop integrations by accident
        m_model.integrations.reset();
    }
    m_pending.kinds |= ModelChange::ListPresence;
    finishChange();
}

void Document::setLayoutRaw(std::optional<std::vector<LayoutEntry>> layout)
{
    if (layout == m_model.layout)
        return;
    // The components whose entry differs: added, removed, moved (undo of a move, of a delete).
    QHash<QString, const LayoutEntry *> before;
    for (const LayoutEntry &entry : m_model.layoutList())
        before.insert(toQ(entry.id), &entry);
    QStringList moved;
    for (const LayoutEntry &entry : layout.value_or(std::vector<LayoutEntry> {})) {
        const QString id = toQ(entry.id);
        const LayoutEntry *old = before.take(id);
        if (!old || !(*old == entry))
            moved << id;
    }
    moved << before.keys();
    m_model.layout = std::move(layout);
    rebuildIndex();
    if (moved.isEmpty()) { // `layout: []` and no layout: only the list's presence changed
        m_pending.kinds |= ModelChange::ListPresence;
    } else {
        m_pending.kinds |= ModelChange::PositionsMoved;
        m_pending.moved << moved;
    }
    finishChange();
}

void Document::setPositionsRaw(const QHash<QString, QPointF> &positions)
{
    QStringList ids;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (componentIndex(it.key()) < 0)
            continue;
        const int entry = m_layoutIndex.value(it.key(), -1);
        if (entry >= 0) {
            LayoutEntry &e = (*m_model.layout)[size_t(entry)];
            e.x = it.value().x();
            e.y = it.value().y();
        } else {
            if (!m_model.layout)
                m_model.layout.emplace();
            m_model.layout->push_back(LayoutEntry {it.key().toStdString(), it.value().x(), it.value().y(), {}});
            m_layoutIndex.insert(it.key(), int(m_model.layout->size() - 1));
        }
        ids << it.key();
    }
    if (ids.isEmpty())
        return;
    m_pending.kinds |= ModelChange::PositionsMoved;
    m_pending.moved << ids;
    finishChange();
}

void Document::setFlowsRaw(std::optional<std::vector<Flow>> flows)
{
    if (flows == m_model.flows)
        return;
    m_model.flows = std::move(flows);
    m_pending.kinds |= ModelChange::FlowsChanged;
    finishChange();
}

void Document::setSchemasRaw(std::optional<std::vector<Schema>> schemas)
{
    if (schemas == m_model.schemas)
        return;
    m_model.schemas = std::move(schemas);
    m_pending.kinds |= ModelChange::SchemasChanged;
    finishChange();
}

void Document::setHeaderRaw(const std::string &name, const std::optional<std::string> &description)
{
    m_model.name = name;
    m_model.description = description;
    m_pending.kinds |= ModelChange::HeaderChanged;
    finishChange();
}

void Document::renameComponentRaw(const std::string &from, const std::string &to)
{
    const int index = componentIndex(from);
    if (index < 0)
        return;
    m_model.components[size_t(index)].id = to;
    if (m_model.integrations)
        for (size_t i = 0; i < m_model.integrations->size(); ++i) {
            Integration &integration = (*m_model.integrations)[i];
            bool touched = false;
            if (integration.from == from) {
                integration.from = to;
                touched = true;
            }
            if (integration.to == from) {
                integration.to = to;
                touched = true;
            }
            if (touched) {
                m_pending.kinds |= ModelChange::IntegrationsChanged;
                noteChanged({m_pending.integrationsRemoved, m_pending.integrationsAdded, m_pending.integrationsChanged},
                            int(i));
            }
        }
    if (m_model.layout)
        for (LayoutEntry &entry : *m_model.layout)
            if (entry.id == from)
                entry.id = to;
    if (m_model.flows)
        for (Flow &flow : *m_model.flows)
            if (flow.driver == from) {
                flow.driver = to;
                m_pending.kinds |= ModelChange::FlowsChanged;
            }
    const QString oldId = toQ(from), newId = toQ(to);
    if (m_pinned.remove(oldId))
        m_pinned.insert(newId);
    rebuildIndex();
    m_pending.kinds |= ModelChange::Renamed;
    m_pending.renames.append({ModelChange::Element::Component, oldId, newId});
    finishChange();
}

void Document::renameIntegrationRaw(const std::string &from, const std::string &to)
{
    const int index = integrationIndex(toQ(from));
    if (index < 0)
        return;
    (*m_model.integrations)[size_t(index)].id = to;
    if (m_model.flows)
        for (Flow &flow : *m_model.flows)
            forEachCallStep(flow.steps, [&](FlowStep &step) {
                if (step.integration == from) {
                    step.integration = to;
                    m_pending.kinds |= ModelChange::FlowsChanged;
                }
                if (step.compensation && step.compensation->integration == from) {
                    step.compensation->integration = to;
                    m_pending.kinds |= ModelChange::FlowsChanged;
                }
            });
    rebuildIndex();
    m_pending.kinds |= ModelChange::Renamed;
    m_pending.renames.append({ModelChange::Element::Integration, toQ(from), toQ(to)});
    finishChange();
}

void Document::resetModelRaw(Model model)
{
    m_model = std::move(model);
    rebuildIndex();
    for (auto it = m_pinned.begin(); it != m_pinned.end();)
        it = m_componentIndex.contains(*it) ? std::next(it) : m_pinned.erase(it);
    m_pending.kinds |= ModelChange::Reset;
    finishChange();
}

} // namespace seam
