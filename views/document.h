#pragma once
// The open model file: owns the seam::Model, the undo stack, the list models
// QML binds to, the live lint runner, its Recovery (autosave, crash recovery) and
// its Clipboard.
//
// Every user edit goes through a Q_INVOKABLE here (or through ElementEditor),
// which pushes one QUndoCommand; the commands (views/commands/) change the
// model only through the "raw mutation" section below, which keeps the index
// caches in step and describes what changed. Each edit, undo, redo and load
// then emits one changed(ModelChange): the list models, the selection, the
// inspector and lint follow the document from that event alone. QML never sees
// model structs.
//
// Pinned components (kept in place by auto layout) are session state of the
// document, not part of the file: the format only allows optional new
// fields, and a pin is a preference of the person editing, not a fact about
// the architecture that reviewers should see in a diff.

#include "model/diagnostic.h"
#include "model/geometry.h"
#include "model/model.h"
#include "views/modelchange.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QUndoCommand;
class QUndoStack;

namespace seam {

class ComponentListModel;
class IntegrationListModel;
class ProblemListModel;
class LintRunner;
class Recovery;
class Clipboard;

class Document : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("views/componentlistmodel.h")
    Q_MOC_INCLUDE("views/integrationlistmodel.h")
    Q_MOC_INCLUDE("views/problemlistmodel.h")
    Q_MOC_INCLUDE("views/lintrunner.h")
    Q_MOC_INCLUDE("views/recovery.h")
    Q_MOC_INCLUDE("views/clipboard.h")
    // File
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged) // "checkout.seam.yaml*" / "Untitled"
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    Q_PROPERTY(bool untitled READ isUntitled NOTIFY filePathChanged)
    // Diagnostics of the last load() (errors make the load fail; warnings are kept after a
    // successful load). Each entry: {file, line, column, severity: "error"|"warning", message, text}
    // where text is "FILE:LINE:COL: error: MESSAGE".
    Q_PROPERTY(QVariantList loadDiagnostics READ loadDiagnostics NOTIFY loadDiagnosticsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged) // last failed load/save, one line
    // Undo
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    // Content
    Q_PROPERTY(QString modelName READ modelName NOTIFY modelNameChanged) // edit through setModelName()
    Q_PROPERTY(QString modelDescription READ modelDescription NOTIFY modelNameChanged)
    Q_PROPERTY(int componentCount READ componentCount NOTIFY countsChanged)
    Q_PROPERTY(int integrationCount READ integrationCount NOTIFY countsChanged)
    Q_PROPERTY(int revision READ revision NOTIFY changed) // +1 on every content change (incl. undo)
    // Models and helpers owned by the document (never null, live as long as the document)
    Q_PROPERTY(seam::ComponentListModel *components READ components CONSTANT)
    Q_PROPERTY(seam::IntegrationListModel *integrations READ integrations CONSTANT)
    Q_PROPERTY(seam::ProblemListModel *problems READ problems CONSTANT)
    Q_PROPERTY(seam::LintRunner *lint READ lintRunner CONSTANT)
    Q_PROPERTY(seam::Recovery *recovery READ recovery CONSTANT) // autosave and crash recovery
    Q_PROPERTY(seam::Clipboard *clipboard READ clipboard CONSTANT) // copy, cut, paste
    // Enum spellings for pickers (seam::enumNames).
    Q_PROPERTY(QStringList componentKinds READ componentKinds CONSTANT)
    Q_PROPERTY(QStringList patterns READ patterns CONSTANT)

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override; // removes its own recovery file: a clean close is not a crash

    // --- File -----------------------------------------------------------------------------
    // Paths may be local paths or "file:" URLs (what QML FileDialog gives).
    // load(): on failure the current model is left untouched and loadDiagnostics/lastError
    // say why; never throws. Also checks for a crash's recovery file (recovery->available).
    Q_INVOKABLE bool load(const QString &path);
    Q_INVOKABLE bool save(); // false (lastError set) when untitled or on I/O error
    Q_INVOKABLE bool saveAs(const QString &path); // format by extension (.json → JSON)
    Q_INVOKABLE void newModel(const QString &name = QStringLiteral("Untitled system"));
    // File ▸ Import: spec files (.proto, OpenAPI, AsyncAPI) merged into the model as one undo
    // step, with the code `seam-cli import --into` runs (documentimport.cpp). On failure
    // nothing changes; either way loadDiagnostics holds what the importers reported.
    Q_INVOKABLE bool importFiles(const QStringList &paths);
    // File ▸ New from Template: an untitled document holding the starter model `name` of
    // templates/catalog.h (documenttemplate.cpp). Unknown name: false, lastError says which exist.
    Q_INVOKABLE bool newFromTemplate(const QString &name);
    // Starts an untitled document with `model` (templates, imports, tests); clears undo.
    void setModel(Model model);
    Q_INVOKABLE void setModelName(const QString &name); // undoable
    Q_INVOKABLE void setModelDescription(const QString &description); // undoable, "" unsets

    QString filePath() const { return m_filePath; }
    QString fileName() const;
    QString title() const;
    bool isModified() const;
    bool isUntitled() const { return m_filePath.isEmpty(); }
    QVariantList loadDiagnostics() const;
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &message);

    // --- Undo -----------------------------------------------------------------------------
    QUndoStack *undoStack() const { return m_undoStack; }
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;

    // --- Edits (each is one undo step; ids are returned so the UI can select them) --------
    // New component of `kind` at (x, y) with a fresh id ("service", "service-2", ...).
    // Returns "" for an unknown kind.
    Q_INVOKABLE QString addComponent(const QString &kind, qreal x, qreal y);
    // New integration from → to; id "<from>-<to>" made unique. "" when an endpoint is unknown,
    // from == to, or the pattern is not a pattern spelling.
    Q_INVOKABLE QString addIntegration(const QString &from, const QString &to, const QString &pattern);
    // Removes the components (with their integrations and layout entries) and the integrations
    // (and their flow steps) as one undo step.
    Q_INVOKABLE void removeElements(const QStringList &componentIds, const QStringList &integrationIds);
    Q_INVOKABLE void removeComponent(const QString &id) { removeElements({id}, {}); }
    Q_INVOKABLE void removeIntegration(const QString &id) { removeElements({}, {id}); }
    // Rename updates every reference (integration from/to, layout, flow steps).
    // Returns "" on success, else why not (bad pattern, duplicate, unknown id).
    Q_INVOKABLE QString renameComponent(const QString &oldId, const QString &newId);
    Q_INVOKABLE QString renameIntegration(const QString &oldId, const QString &newId);
    // Copies of the components (+ integrations among them) offset by (dx, dy), new unique ids
    // ("orders-2"). Returns the new component ids.
    Q_INVOKABLE QStringList duplicate(const QStringList &componentIds, qreal dx = 40, qreal dy = 40);

    // Moving: call beginDrag() when a drag starts, then moveComponents() with the same drag id
    // on every mouse move (absolute positions of the dragged cards). One drag = one undo step.
    Q_INVOKABLE int beginDrag();
    Q_INVOKABLE void moveComponents(const QStringList &ids, const QVariantList &positions, int dragId = 0);
    void moveComponents(const QHash<QString, QPointF> &positions, int dragId, const QString &text = {});
    // End of a drag: each dropped card joins the trust zone whose boundary, computed from the
    // cards that were not dragged, contains its centre; outside every boundary it keeps its
    // zone (views/zoneboxes.h). Part of the drag's undo step. Returns the ids whose zone changed.
    Q_INVOKABLE QStringList dropComponents(const QStringList &ids, int dragId);
    // Positions for many components at once (auto layout): one undo step named `text`.
    void applyPositions(const QHash<QString, QPointF> &positions, const QString &text);

    // --- Selection helpers (selection itself is UI state: see Selection) -------------------
    Q_INVOKABLE QStringList allComponentIds() const;
    Q_INVOKABLE QStringList allIntegrationIds() const;
    Q_INVOKABLE QStringList componentsInRect(const QRectF &rect) const; // cards intersecting rect
    Q_INVOKABLE bool hasComponent(const QString &id) const { return componentIndex(id) >= 0; }
    Q_INVOKABLE bool hasIntegration(const QString &id) const { return integrationIndex(id) >= 0; }
    Q_INVOKABLE QPointF componentPosition(const QString &id) const; // top-left
    // "" if a valid new id of a `what` ("component", "integration"), else why not, as the loader says it.
    Q_INVOKABLE QString idProblem(const QString &id, const QString &what = {}) const;
    // `base` or "base-2", "base-3"... : the first free both in the model and in `alsoTaken`.
    QString uniqueComponentId(const QString &base, const QSet<QString> &alsoTaken = {}) const;
    QString uniqueIntegrationId(const QString &base, const QSet<QString> &alsoTaken = {}) const;

    // --- Pins (session only, see top of file) ----------------------------------------------
    Q_INVOKABLE void setPinned(const QString &id, bool pinned);
    Q_INVOKABLE bool isPinned(const QString &id) const { return m_pinned.contains(id); }
    QSet<QString> pinnedIds() const { return m_pinned; }

    // --- Read access for C++ (views, controllers, tests) -----------------------------------
    const Model &model() const { return m_model; }
    int componentCount() const { return int(m_model.components.size()); }
    int integrationCount() const { return int(m_model.integrationList().size()); }
    int componentIndex(const QString &id) const; // -1 if absent
    int integrationIndex(const QString &id) const; // -1 if absent
    int componentIndex(const std::string &id) const { return componentIndex(QString::fromStdString(id)); }
    QPointF position(int componentIndex) const; // layout entry or a fallback grid slot
    bool hasLayoutEntry(int componentIndex) const;
    QString modelName() const { return QString::fromStdString(m_model.name); }
    QString modelDescription() const
    {
        return m_model.description ? QString::fromStdString(*m_model.description) : QString();
    }
    int revision() const { return m_revision; }
    QSizeF cardSize() const { return {geometry::cardWidth, geometry::cardHeight}; }
    static QStringList componentKinds();
    static QStringList patterns();

    ComponentListModel *components() const { return m_components; }
    IntegrationListModel *integrations() const { return m_integrations; }
    ProblemListModel *problems() const { return m_problems; }
    LintRunner *lintRunner() const { return m_lint; }
    Recovery *recovery() const { return m_recovery; }
    Clipboard *clipboard() const { return m_clipboard; }

    // Pushes a command (takes ownership); the single entry point for undoable edits.
    void push(QUndoCommand *command);

    // Raw mutations made while one of these lives are announced as one changed() when the
    // outermost ends (push, undo and redo open one, so each step is one event).
    class ChangeBatch {
    public:
        explicit ChangeBatch(Document *document);
        ~ChangeBatch();
        Q_DISABLE_COPY_MOVE(ChangeBatch)

    private:
        Document *m_document;
    };

    // --- Raw mutation: for commands only (no undo; each is announced by changed()) ---------
    void insertComponentRaw(int index, Component component);
    Component takeComponentRaw(int index);
    void replaceComponentRaw(int index, Component component); // same id
    void insertIntegrationRaw(int index, Integration integration);
    Integration takeIntegrationRaw(int index);
    void replaceIntegrationRaw(int index, Integration integration); // same id
    // The optional lists as wholes: presence (nullopt vs empty) is content too.
    void setIntegrationListPresent(bool present);
    void setLayoutRaw(std::optional<std::vector<LayoutEntry>> layout);
    void setFlowsRaw(std::optional<std::vector<Flow>> flows);
    void setSchemasRaw(std::optional<std::vector<Schema>> schemas);
    void setHeaderRaw(const std::string &name, const std::optional<std::string> &description);
    // Sets/updates layout entries (appending missing ones) without reordering others.
    void setPositionsRaw(const QHash<QString, QPointF> &positions);
    void renameComponentRaw(const std::string &from, const std::string &to);
    void renameIntegrationRaw(const std::string &from, const std::string &to);
    void resetModelRaw(Model model); // everything changes (load, new, recover)

signals:
    void filePathChanged();
    void titleChanged();
    void modifiedChanged();
    void loadDiagnosticsChanged();
    void lastErrorChanged();
    void undoStateChanged();
    void modelNameChanged(); // for QML: emitted after changed() touched the header or reset
    void countsChanged(); // for QML: emitted after changed() added or removed rows, or reset
    // What one edit, undo, redo, load or pin changed; the one notification views follow.
    void changed(const seam::ModelChange &change);
    void saved(const QString &path);
    void loaded(const QString &path);

private:
    void finishChange(); // announces m_pending unless a ChangeBatch is open
    void flushChange();
    void rebuildIndex();
    void setFilePath(const QString &path);

    Model m_model;
    QString m_filePath;
    // What the file at m_filePath holds (as loaded or last saved): a save patches this
    // text so the user's comments and formatting survive. Empty for a new document.
    std::string m_fileText;
    Diagnostics m_loadDiagnostics;
    QString m_lastError;
    QUndoStack *m_undoStack = nullptr;
    ComponentListModel *m_components = nullptr;
    IntegrationListModel *m_integrations = nullptr;
    ProblemListModel *m_problems = nullptr;
    LintRunner *m_lint = nullptr;
    Recovery *m_recovery = nullptr;
    Clipboard *m_clipboard = nullptr;
    int m_revision = 0;
    int m_nextDragId = 1;
    QHash<QString, int> m_componentIndex;
    QHash<QString, int> m_integrationIndex;
    QHash<QString, int> m_layoutIndex; // component id → index in m_model.layout
    QSet<QString> m_pinned;
    ModelChange m_pending; // what the raw mutations since the last changed() did
    int m_batchDepth = 0;
};

} // namespace seam
