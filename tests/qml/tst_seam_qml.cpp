// Runner for tests/qml/tst_*.qml: links the static Seam.Ui module and tells the
// tests where the example models are.

#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Seam_UiPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QGuiApplication::setOrganizationName(QStringLiteral("SeamTests"));
        QGuiApplication::setApplicationName(QStringLiteral("tst_seam_qml"));
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("examplesDir"), QStringLiteral(SEAM_EXAMPLES_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("dataDir"), QStringLiteral(SEAM_QML_TEST_DATA));
        // A fresh folder per run for tests that write files (export).
        const QString scratch
            = QDir::temp().filePath(QStringLiteral("seam-qml-%1").arg(QCoreApplication::applicationPid()));
        QDir(scratch).removeRecursively();
        QDir().mkpath(scratch);
        engine->rootContext()->setContextProperty(QStringLiteral("scratchDir"), scratch);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(seam_qml, Setup)

#include "tst_seam_qml.moc"
