// Drives the real editor like a user: opens the checkout example, adds a
// component from the palette, connects it to another card by dragging the
// card's handle and picking a pattern, undoes and redoes with the keyboard,
// saves with Ctrl+S, and checks the file on disk with the model library.

#include "model/modelio.h"
#include "templates/catalog.h"
#include "views/document.h"
#include "views/recovery.h"
#include "views/selection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

Q_IMPORT_QML_PLUGIN(Seam_UiPlugin)

using namespace seam;

namespace {
// Enum spellings: QTest's own toString() overloads make enum QCOMPAREs ambiguous.
template <typename E> QString spelling(E value)
{
    const std::string_view s = seam::toString(value);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

class TestEditorEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createComponentAndIntegrationThenSave();
    void realExecutableRendersScreenshot();
    void crashedUntitledWorkIsOfferedAtStart();
    void hoverConnectFromAnUnselectedCard();
    void autoLayoutRefitsTheView();
    void menusShowTheirShortcutsAndTheyWork();
    void tabFromTheCanvasGoesToThePanels();
    void everyCrashedEntryIsOfferedAtStart();
    void menusCloseAndTheNextClickOpens();
    void saveAsDialogSavesOnEnter();
    void newFromTemplateOpensAnUntitledModel();

private:
    // The real editor on a copy of an example; null (and a failed check) if it did not open.
    QQuickWindow *openEditor(QQmlApplicationEngine &engine, const QString &example);
    QPoint windowPoint(QQuickItem *item, QPointF local = QPointF(-1, -1)) const;
    QPoint scenePoint(QQuickItem *canvas, QPointF scene) const;
    QTemporaryDir m_dir;
};

void TestEditorEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SeamTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_e2e"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QVERIFY2(
        QGuiApplication::platformName() == QLatin1String("xcb"),
        qPrintable(QStringLiteral("needs a real X server (xvfb-run), got %1").arg(QGuiApplication::platformName())));
}

// Delegates made by a Repeater have a visual parent but no QObject parent, so
// QObject::findChild misses them: walk the item tree instead.
static QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QPoint TestEditorEndToEnd::windowPoint(QQuickItem *item, QPointF local) const
{
    if (local.x() < 0)
        local = QPointF(item->width() / 2, item->height() / 2);
    return item->mapToScene(local).toPoint();
}

// Canvas scene (model layout pixels) → window pixels, the way the canvas maps them.
QPoint TestEditorEndToEnd::scenePoint(QQuickItem *canvas, QPointF scene) const
{
    const qreal zoom = canvas->property("zoom").toReal();
    const QPointF view(scene.x() * zoom + canvas->property("panX").toReal(),
                       scene.y() * zoom + canvas->property("panY").toReal());
    return canvas->mapToScene(view).toPoint();
}

void TestEditorEndToEnd::createComponentAndIntegrationThenSave()
{
    const QString path = m_dir.filePath(QStringLiteral("checkout.seam.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(SEAM_EXAMPLES_DIR "/checkout.seam.yaml"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("initialFile"), path}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seam/Ui/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *doc = window->property("document").value<Document *>();
    auto *selection = window->property("selection").value<Selection *>();
    auto *canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
    QVERIFY(doc && selection && canvas);
    QCOMPARE(doc->filePath(), path);
    QCOMPARE(doc->componentCount(), 13);
    const int integrations = doc->integrationCount();
    QTest::qWait(300); // the initial fit

    // 1. Click "Service" in the palette: a new component, selected.
    auto *service = findItem(window->contentItem(), QStringLiteral("palette-service"));
    QVERIFY(service);
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(service));
    QTRY_COMPARE(doc->componentCount(), 14);
    const QString added = selection->current();
    QVERIFY2(doc->hasComponent(added), qPrintable(added));
    QCOMPARE(spelling(doc->model().components.back().kind), QStringLiteral("service"));
    QVERIFY(doc->isModified());
    QVERIFY(window->title().contains(QLatin1Char('*')));

    // 2. Drag from the new card's handle (right edge) onto the Stripe card.
    const QSizeF card = doc->cardSize();
    const QPointF from = doc->componentPosition(added);
    const QPoint handle = scenePoint(canvas, from + QPointF(card.width(), card.height() / 2));
    const QPoint target = scenePoint(
        canvas, doc->componentPosition(QStringLiteral("stripe")) + QPointF(card.width() / 2, card.height() / 2));
    QTest::mouseMove(window, handle - QPoint(20, 0));
    QTest::mouseMove(window, handle);
    QTest::mousePress(window, Qt::LeftButton, {}, handle);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(window, handle + (target - handle) * i / 10);
    QTest::mouseRelease(window, Qt::LeftButton, {}, target);

    // 3. The pattern popup: choose gRPC.
    QQuickItem *grpc = nullptr;
    QTRY_VERIFY((grpc = findItem(window->contentItem(), QStringLiteral("pattern-grpc"))) && grpc->isVisible());
    QTest::qWait(100);
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(grpc));
    QTRY_COMPARE(doc->integrationCount(), integrations + 1);
    const QString link = selection->current();
    const Integration *created = doc->model().findIntegration(link.toStdString());
    QVERIFY2(created, qPrintable(link));
    QCOMPARE(QString::fromStdString(created->from), added);
    QCOMPARE(created->to, std::string("stripe"));
    QCOMPARE(spelling(created->pattern), QStringLiteral("grpc"));

    // 4. Undo and redo from the keyboard.
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(doc->integrationCount(), integrations);
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(doc->integrationCount(), integrations + 1);

    // 5. Save with Ctrl+S: the unsaved marker goes away and the file has both.
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!doc->isModified());
    QVERIFY(!window->title().contains(QLatin1Char('*')));

    const LoadResult saved = loadModelFromFile(path.toStdString());
    QVERIFY2(saved.ok(), saved.diagnostics.empty() ? "" : saved.diagnostics.front().toString().c_str());
    const Model &model = *saved.model;
    QCOMPARE(model.components.size(), size_t(14));
    const Component *c = model.findComponent(added.toStdString());
    QVERIFY(c);
    QCOMPARE(spelling(c->kind), QStringLiteral("service"));
    const Integration *i = model.findIntegration(link.toStdString());
    QVERIFY(i);
    QCOMPARE(i->from, added.toStdString());
    QCOMPARE(i->to, std::string("stripe"));
    QCOMPARE(spelling(i->pattern), QStringLiteral("grpc"));
    const LayoutEntry *where = model.findLayout(added.toStdString());
    QVERIFY(where);
    QCOMPARE(QPointF(where->x, where->y), from);
    // What was there before is still there.
    QVERIFY(model.findComponent("orders"));
    QCOMPARE(model.integrationList().size(), size_t(integrations + 1));

    // 6. Delete removes the selected arrow; closing then asks before losing the change.
    selection->select(link);
    QTest::keyClick(window, Qt::Key_Delete);
    QTRY_COMPARE(doc->integrationCount(), integrations);
    QVERIFY(doc->isModified());
    QObject *unsaved = window->findChild<QObject *>(QStringLiteral("unsavedDialog"));
    QVERIFY(unsaved);
    QVERIFY(!unsaved->property("visible").toBool());
    window->close();
    QTRY_VERIFY(unsaved->property("visible").toBool());
    QVERIFY(window->isVisible());
    QMetaObject::invokeMethod(unsaved, "reject"); // Cancel: keep editing
    QTRY_VERIFY(!unsaved->property("visible").toBool());
    QVERIFY(window->isVisible());
    QCOMPARE(doc->integrationCount(), integrations);
    // The file on disk still has the integration: nothing was saved behind the user's back.
    QVERIFY(loadModelFromFile(path.toStdString()).model->findIntegration(link.toStdString()));
}

void TestEditorEndToEnd::realExecutableRendersScreenshot()
{
    const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess seam;
    seam.setProcessChannelMode(QProcess::ForwardedChannels);
    seam.start(QStringLiteral(SEAM_EXECUTABLE),
               {QStringLiteral("--screenshot"), shot, QStringLiteral(SEAM_EXAMPLES_DIR "/checkout.seam.yaml")});
    QVERIFY(seam.waitForFinished(120000));
    QCOMPARE(seam.exitStatus(), QProcess::NormalExit);
    QCOMPARE(seam.exitCode(), 0);
    QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1440, 900));
    // The arrows are drawn by the edge layer's geometry node: the purple of the pubsub
    // arrows (used by nothing else on screen) must be there.
    int pubsub = 0, white = 0;
    const QColor want(QStringLiteral("#7c3aed"));
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - want.red()) < 12 && std::abs(p.green() - want.green()) < 12
                && std::abs(p.blue() - want.blue()) < 12)
                ++pubsub;
            if (p == QColor(Qt::white))
                ++white;
        }
    QVERIFY2(pubsub > 20, qPrintable(QString::number(pubsub)));
    QVERIFY2(white > 13 * 100, "component cards are drawn");
}

// What a crash leaves: an entry nobody holds the lock of, here for untitled work. Started
// without a file, the editor offers it; accepting brings the work back, unsaved.
void TestEditorEndToEnd::crashedUntitledWorkIsOfferedAtStart()
{
    QDir(Recovery::folder()).removeRecursively();
    QVERIFY(QDir().mkpath(Recovery::folder()));
    LoadResult checkout = loadModelFromFile(SEAM_EXAMPLES_DIR "/checkout.seam.yaml");
    QVERIFY(checkout.ok());
    checkout.model->name = "Crashed work";
    QCOMPARE(saveModelToFile(*checkout.model, (Recovery::folder() + "/0123456789abcdef.seam.yaml").toStdString()),
             std::string());
    QFile info(Recovery::folder() + "/0123456789abcdef.json");
    QVERIFY(info.open(QIODevice::WriteOnly));
    info.write(R"({"file":""})");
    info.close();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seam/Ui/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    auto *doc = window->property("document").value<Document *>();
    QVERIFY(doc);
    QObject *dialog = window->findChild<QObject *>(QStringLiteral("recoveryDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_COMPARE(doc->modelName(), QStringLiteral("Crashed work"));
    QVERIFY(doc->isUntitled());
    QVERIFY(doc->isModified());
    QCOMPARE(doc->componentCount(), 13);
    QVERIFY(doc->recovery()->crashed().isEmpty());
}

QQuickWindow *TestEditorEndToEnd::openEditor(QQmlApplicationEngine &engine, const QString &example)
{
    const QString path = m_dir.filePath(example);
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(SEAM_EXAMPLES_DIR "/") + example, path))
        return nullptr;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("initialFile"), path}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seam/Ui/Main.qml")));
    if (engine.rootObjects().size() != 1)
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return nullptr;
    window->requestActivate();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    QTest::qWait(300); // the initial fit
    return window;
}

// The handle of a card that is only hovered: the drag leaves the card (so it is no longer
// hovered) and must still end in the pattern popup. The handle used to hide mid-drag,
// taking the mouse grab with it, and nothing happened.
void TestEditorEndToEnd::hoverConnectFromAnUnselectedCard()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    auto *doc = window->property("document").value<Document *>();
    auto *selection = window->property("selection").value<Selection *>();
    auto *canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
    QVERIFY(doc && selection && canvas);
    QCOMPARE(selection->count(), 0);

    const QSizeF card = doc->cardSize();
    const QPointF from = doc->componentPosition(QStringLiteral("web"));
    const QPoint handle = scenePoint(canvas, from + QPointF(card.width(), card.height() / 2));
    const QPoint target = scenePoint(
        canvas, doc->componentPosition(QStringLiteral("orders-db")) + QPointF(card.width() / 2, card.height() / 2));
    QTest::mouseMove(window, handle - QPoint(30, 0)); // hover the card: its handle shows
    QTest::qWait(50);
    QTest::mouseMove(window, handle);
    QTest::qWait(50);
    QTest::mousePress(window, Qt::LeftButton, {}, handle);
    for (int i = 1; i <= 10; ++i) {
        QTest::mouseMove(window, handle + (target - handle) * i / 10);
        QTest::qWait(10);
    }
    QCOMPARE(canvas->property("linkFrom").toString(), QStringLiteral("web"));
    QCOMPARE(canvas->property("linkTarget").toString(), QStringLiteral("orders-db"));
    QTest::mouseRelease(window, Qt::LeftButton, {}, target);
    QQuickItem *rest = nullptr;
    QTRY_VERIFY((rest = findItem(window->contentItem(), QStringLiteral("pattern-rest"))) && rest->isVisible());
    QCOMPARE(canvas->property("linkFrom").toString(), QString());
}

// After Auto Layout every card is in view, however the view was zoomed or panned before.
void TestEditorEndToEnd::autoLayoutRefitsTheView()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    auto *doc = window->property("document").value<Document *>();
    auto *canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
    QVERIFY(doc && canvas);
    canvas->setProperty("zoom", 4.0);
    canvas->setProperty("panX", -3000.0);
    canvas->setProperty("panY", -1500.0);
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QObject *layout = window->property("autoLayout").value<QObject *>();
    QVERIFY(layout);
    QTRY_VERIFY_WITH_TIMEOUT(!layout->property("running").toBool(), 60000);
    QTRY_VERIFY(!canvas->property("layoutAnimating").toBool());
    QTest::qWait(50);
    const QSizeF card = doc->cardSize();
    const QRectF view(canvas->mapToScene(QPointF(0, 0)), canvas->size());
    for (const Component &c : doc->model().components) {
        const QPointF p = doc->componentPosition(QString::fromStdString(c.id));
        const QRect r(scenePoint(canvas, p), scenePoint(canvas, p + QPointF(card.width(), card.height())));
        QVERIFY2(view.contains(QRectF(r)), c.id.c_str());
    }
}

// Every menu item whose action has a shortcut shows it, spelled as the platform spells it,
// and the File menu's two-modifier shortcuts work without a desktop theme (plain X11 gives
// StandardKey.SaveAs no binding at all).
void TestEditorEndToEnd::menusShowTheirShortcutsAndTheyWork()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    QHash<QString, QString> shown; // item text without mnemonics → shortcut text
    const auto objects = window->findChildren<QObject *>();
    for (QObject *o : objects) {
        if (o->metaObject()->indexOfProperty("shortcutText") < 0)
            continue;
        auto *action = o->property("action").value<QObject *>();
        QVERIFY(action);
        const QVariant shortcut = action->property("shortcut");
        const QString text = o->property("text").toString().remove(QLatin1Char('&'));
        shown.insert(text, o->property("shortcutText").toString());
        if (shortcut.isValid() && !shortcut.toString().isEmpty())
            QVERIFY2(!shown.value(text).isEmpty(), qPrintable(text));
    }
    QVERIFY2(shown.size() >= 20, qPrintable(QString::number(shown.size())));
    QCOMPARE(shown.value(QStringLiteral("Save As…")), QStringLiteral("Ctrl+Shift+S"));
    QCOMPARE(shown.value(QStringLiteral("Import…")), QStringLiteral("Ctrl+Shift+I"));
    QCOMPARE(shown.value(QStringLiteral("Open…")), QStringLiteral("Ctrl+O"));
    QCOMPARE(shown.value(QStringLiteral("Quit")), QStringLiteral("Ctrl+Q"));
    QCOMPARE(shown.value(QStringLiteral("Find…")), QStringLiteral("Ctrl+F"));
    QCOMPARE(shown.value(QStringLiteral("Palette")), QString());

    QObject *save = window->findChild<QObject *>(QStringLiteral("saveDialog"));
    QObject *import = window->findChild<QObject *>(QStringLiteral("importDialog"));
    QVERIFY(save && import);
    QVERIFY(!save->property("visible").toBool());
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(save->property("visible").toBool());
    QMetaObject::invokeMethod(save, "reject");
    QTRY_VERIFY(!save->property("visible").toBool());
    window->requestActivate(); // the dialog was a window of its own; no window manager gives focus back
    QTRY_COMPARE(QGuiApplication::focusWindow(), window);
    QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(import->property("visible").toBool());
    QMetaObject::invokeMethod(import, "reject");
}

// Tab from the canvas leaves it (the zoom buttons in its corner used to come first).
void TestEditorEndToEnd::tabFromTheCanvasGoesToThePanels()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    auto *canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
    QVERIFY(canvas);
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(canvas, QPointF(20, 20))); // empty background
    QTRY_VERIFY(canvas->hasActiveFocus());
    QTest::keyClick(window, Qt::Key_Tab);
    QQuickItem *focused = window->activeFocusItem();
    QVERIFY(focused);
    QVERIFY2(!canvas->isAncestorOf(focused) && focused != canvas, focused->metaObject()->className());
}

// Two crashes left two entries (one for a file, one untitled). A plain start offers the
// newest; declining it offers the next; accepting that one restores it.
void TestEditorEndToEnd::everyCrashedEntryIsOfferedAtStart()
{
    QDir(Recovery::folder()).removeRecursively();
    QVERIFY(QDir().mkpath(Recovery::folder()));
    const QString file = m_dir.filePath(QStringLiteral("crashed-file.seam.yaml"));
    QFile::remove(file);
    QVERIFY(QFile::copy(QStringLiteral(SEAM_EXAMPLES_DIR "/checkout.seam.yaml"), file));
    const auto leave = [](const QString &id, const std::string &name, const QString &forFile, int ageSeconds) {
        LoadResult model = loadModelFromFile(SEAM_EXAMPLES_DIR "/checkout.seam.yaml");
        if (!model.ok())
            return false;
        model.model->name = name;
        const QString yaml = Recovery::folder() + QLatin1Char('/') + id + QStringLiteral(".seam.yaml");
        if (!saveModelToFile(*model.model, yaml.toStdString()).empty())
            return false;
        QFile info(Recovery::folder() + QLatin1Char('/') + id + QStringLiteral(".json"));
        if (!info.open(QIODevice::WriteOnly))
            return false;
        info.write(QJsonDocument(QJsonObject {{QStringLiteral("file"), forFile}}).toJson());
        info.close();
        const QDateTime when = QDateTime::currentDateTime().addSecs(-ageSeconds);
        for (const QString &path : {yaml, info.fileName()}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(when, QFileDevice::FileModificationTime))
                return false;
        }
        return true;
    };
    QVERIFY(leave(QStringLiteral("00000000000000a1"), "Older untitled work", QString(), 3600));
    QVERIFY(leave(QStringLiteral("00000000000000b2"), "Newer file work", file, 60));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seam/Ui/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    auto *doc = window->property("document").value<Document *>();
    QObject *dialog = window->findChild<QObject *>(QStringLiteral("recoveryDialog"));
    QVERIFY(doc && dialog);
    QCOMPARE(doc->recovery()->crashed().size(), 2);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("entry").toMap().value(QStringLiteral("file")).toString(), file);
    QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
    // The next one follows.
    QTRY_VERIFY(dialog->property("opened").toBool()
                && dialog->property("entry").toMap().value(QStringLiteral("file")).toString().isEmpty());
    QCOMPARE(doc->recovery()->crashed().size(), 1);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_COMPARE(doc->modelName(), QStringLiteral("Older untitled work"));
    QVERIFY(doc->isUntitled());
    QVERIFY(doc->isModified());
    QVERIFY(doc->recovery()->crashed().isEmpty());
}

// File ▸ Open Recent ▸ an entry closes both menus (they stayed drawn); Escape leaves no
// title highlighted, and the next click on another title opens its menu (it was swallowed).
void TestEditorEndToEnd::menusCloseAndTheNextClickOpens()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    auto *doc = window->property("document").value<Document *>();
    QQuickItem *fileTitle = findItem(window->contentItem(), QStringLiteral("menuTitle-File"));
    QQuickItem *editTitle = findItem(window->contentItem(), QStringLiteral("menuTitle-Edit"));
    QVERIFY(fileTitle && editTitle);
    auto *fileMenu = fileTitle->property("menu").value<QObject *>();
    auto *editMenu = editTitle->property("menu").value<QObject *>();
    QObject *recentMenu = window->findChild<QObject *>(QStringLiteral("recentMenu"));
    QVERIFY(fileMenu && editMenu && recentMenu);

    // Escape with the mouse still on the title.
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(fileTitle));
    QTRY_VERIFY(fileMenu->property("opened").toBool());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!fileMenu->property("visible").toBool());
    QVERIFY(!fileTitle->property("highlighted").toBool());
    QTest::mouseMove(window, windowPoint(editTitle));
    QTest::qWait(100);
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(editTitle));
    QTRY_VERIFY(editMenu->property("opened").toBool());
    QTest::qWait(200);
    QVERIFY(editMenu->property("opened").toBool());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!editMenu->property("visible").toBool());

    // Open Recent ▸ the second entry: opening it reorders the list under the open menus.
    const QString other = m_dir.filePath(QStringLiteral("other.seam.yaml"));
    QFile::remove(other);
    QVERIFY(QFile::copy(QStringLiteral(SEAM_EXAMPLES_DIR "/checkout.seam.yaml"), other));
    QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner);
    QVariant opened;
    QVERIFY(QMetaObject::invokeMethod(window, "openFile", Q_RETURN_ARG(QVariant, opened), Q_ARG(QVariant, other)));
    QVERIFY(opened.toBool());
    QCOMPARE(doc->fileName(), QStringLiteral("other.seam.yaml"));
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(fileTitle));
    QTRY_VERIFY(fileMenu->property("opened").toBool());
    QQuickItem *recentItem = nullptr;
    const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (item->property("subMenu").value<QObject *>() == recentMenu)
            recentItem = item;
        for (QQuickItem *child : item->childItems())
            walk(child);
    };
    walk(window->contentItem());
    QVERIFY(recentItem);
    QTest::mouseMove(window, windowPoint(recentItem));
    QTRY_VERIFY(recentMenu->property("opened").toBool());
    QQuickItem *entry = nullptr;
    QTRY_VERIFY((entry = findItem(window->contentItem(), QStringLiteral("recent-1"))) && entry->isVisible());
    QVERIFY2(entry->property("text").toString().contains(QStringLiteral("checkout.seam.yaml")),
             qPrintable(entry->property("text").toString()));
    // Its full name and folder fit: the menu is as wide as its widest entry.
    QVERIFY2(entry->width() >= entry->implicitWidth(),
             qPrintable(QStringLiteral("%1 < %2").arg(entry->width()).arg(entry->implicitWidth())));
    QTest::qWait(100);
    QTest::mouseClick(window, Qt::LeftButton, {}, windowPoint(entry));
    QTRY_VERIFY(!recentMenu->property("visible").toBool());
    QTRY_VERIFY(!fileMenu->property("visible").toBool());
    QTest::qWait(200);
    QVERIFY(!fileMenu->property("visible").toBool());
    QCOMPARE(doc->fileName(), QStringLiteral("checkout.seam.yaml"));
}

// File ▸ Save As: the dialog's button says Save (Qt Quick's fallback said Open) and Enter in
// the name field saves, with the suffix added; File ▸ Open has a field to type a path in.
void TestEditorEndToEnd::saveAsDialogSavesOnEnter()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    auto *doc = window->property("document").value<Document *>();
    QVERIFY(doc);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton *accept = buttons->button(QDialogButtonBox::Save);
    QVERIFY(accept);
    QCOMPARE(accept->text().remove(QLatin1Char('&')), QStringLiteral("Save"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()), QFileInfo(m_dir.path()));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("saved-as"));
    QTest::keyClick(name, Qt::Key_Return);
    const QString expected = m_dir.filePath(QStringLiteral("saved-as.seam.yaml"));
    // Saving and opening run the loader and lint: on a loaded CI machine that takes seconds.
    QTRY_COMPARE_WITH_TIMEOUT(doc->filePath(), expected, 30000);
    QVERIFY(QFile::exists(expected));
    QVERIFY(loadModelFromFile(expected.toStdString()).ok());

    window->requestActivate();
    QTRY_COMPARE(QGuiApplication::focusWindow(), window);
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptOpen);
    name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name && name->isVisible());
    const QString checkout = m_dir.filePath(QStringLiteral("checkout.seam.yaml"));
    QTest::keyClicks(name, checkout);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(doc->filePath(), checkout, 30000);
}

// File ▸ New from Template… in the real window: Ctrl+Shift+N opens the dialog, the arrow keys
// choose, Enter opens that template as an untitled, unmodified model, and Ctrl+S asks for a
// file name and writes the template's text there.
void TestEditorEndToEnd::newFromTemplateOpensAnUntitledModel()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = openEditor(engine, QStringLiteral("checkout.seam.yaml"));
    QVERIFY(window);
    auto *doc = window->property("document").value<Document *>();
    QObject *dialog = window->findChild<QObject *>(QStringLiteral("templateDialog"));
    QVERIFY(doc && dialog);
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dialog->property("opened").toBool());
    const ModelTemplate &second = templateCatalog()[1];
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(dialog->property("selectedName").toString(), QString::fromUtf8(second.name.data()));
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QTRY_COMPARE(doc->modelName(), QString::fromUtf8(second.title.data()));
    QVERIFY(doc->isUntitled());
    QVERIFY(!doc->isModified());

    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QFileDialog *save = nullptr;
    QTRY_VERIFY((save = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) && save->isVisible());
    QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
    auto *name = save->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    const QString expected = m_dir.filePath(QStringLiteral("from-template.seam.yaml"));
    QTest::keyClicks(name, expected);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(doc->filePath(), expected);
    QFile file(expected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromStdString(*templateText(second)));
}

QTEST_MAIN(TestEditorEndToEnd)
#include "tst_e2e.moc"
