// The Seam desktop editor: `seam [FILE]`.
//
// Besides opening a file, two non-interactive modes serve the docs and the
// benchmarks: `--screenshot PATH` renders the window once the model is loaded
// and linted, then quits; `--bench-drag N` builds a random model of N
// components and 3N integrations, drags cards for a few hundred frames and
// prints frame-time statistics.

#include "model/modelio.h"
#include "synthetic/syntheticmodel.h"
#include "views/document.h"
#include "views/lintrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Seam_UiPlugin)

namespace {

seam::Document *documentOf(QQuickWindow *window)
{
    return window ? window->property("document").value<seam::Document *>() : nullptr;
}

void takeScreenshot(QQuickWindow *window, const QString &path)
{
    if (seam::Document *doc = documentOf(window))
        doc->lintRunner()->waitForIdle(10000);
    // Let lint badges, the fit and the first frames settle before grabbing.
    QTimer::singleShot(800, window, [window, path] {
        const QImage image = window->grabWindow();
        const bool ok = !image.isNull() && image.save(path);
        if (!ok)
            std::fprintf(stderr, "seam: could not write screenshot %s\n", qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

struct DragBench {
    QQuickWindow *window = nullptr;
    seam::Document *doc = nullptr;
    QStringList ids;
    QList<QPointF> start;
    int dragId = 0;
    int frame = 0;
    int frames = 0;
    QElapsedTimer clock;
    std::vector<double> intervals;
    std::vector<double> updates; // ms spent in moveComponents: the document and what follows its change event
    qint64 last = 0;

    void step()
    {
        QVariantList positions;
        const double t = frame * 0.12;
        for (int i = 0; i < ids.size(); ++i)
            positions.append(start[i]
                             + QPointF(std::round(120 * std::sin(t) / 10) * 10 + frame % 2 * 10,
                                       std::round(80 * std::cos(t) / 10) * 10));
        const qint64 before = clock.nsecsElapsed();
        doc->moveComponents(ids, positions, dragId);
        if (frame > 10)
            updates.push_back((clock.nsecsElapsed() - before) / 1e6);
        window->update();
    }

    void onFrame()
    {
        const qint64 now = clock.nsecsElapsed();
        if (frame > 10) // the first frames include warm-up (texture uploads, glyph caches)
            intervals.push_back((now - last) / 1e6);
        last = now;
        if (++frame >= frames + 10) {
            report();
            QCoreApplication::exit(0);
            return;
        }
        QTimer::singleShot(0, window, [this] { step(); });
    }

    struct Stats {
        double mean = 0, median = 0, p95 = 0, max = 0;
    };
    static Stats stats(std::vector<double> values)
    {
        Stats s;
        if (values.empty())
            return s;
        std::sort(values.begin(), values.end());
        double sum = 0;
        for (double v : values)
            sum += v;
        s.mean = sum / values.size();
        s.median = values[(values.size() - 1) / 2];
        s.p95 = values[size_t(0.95 * (values.size() - 1))];
        s.max = values.back();
        return s;
    }

    void report() const
    {
        const Stats frames = stats(intervals);
        const Stats update = stats(updates);
        std::printf("drag benchmark: %d components, %d integrations, %lld cards dragged, %zu frames\n",
                    doc->componentCount(), doc->integrationCount(), static_cast<long long>(ids.size()),
                    intervals.size());
        std::printf("frame time ms: mean %.2f  median %.2f  p95 %.2f  max %.2f  => %.1f fps (mean)\n", frames.mean,
                    frames.median, frames.p95, frames.max, frames.mean > 0 ? 1000.0 / frames.mean : 0);
        std::printf("model update per move ms: mean %.3f  median %.3f  p95 %.3f  max %.3f\n", update.mean,
                    update.median, update.p95, update.max);
        std::fflush(stdout);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: the file dialogs are Qt Widgets' (qml/filechooser.h).
    QApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Seam"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("seam.dev"));
    QGuiApplication::setApplicationName(QStringLiteral("Seam"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Seam"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SEAM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("seam"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Model, lint and export integration architectures."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to <path> once loaded, then quit."),
                                        QStringLiteral("path"));
    const QCommandLineOption benchDrag(
        QStringLiteral("bench-drag"),
        QStringLiteral("Drag cards on a random model of <n> components (3n integrations) "
                       "and print frame times."),
        QStringLiteral("n"));
    const QCommandLineOption benchFrames(QStringLiteral("bench-frames"),
                                         QStringLiteral("Frames to measure in --bench-drag (default 300)."),
                                         QStringLiteral("frames"), QStringLiteral("300"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH (default 1440x900)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Select the component or integration <id> after opening."),
                                    QStringLiteral("id"));
    const QCommandLineOption layoutFirst(
        QStringLiteral("auto-layout"), QStringLiteral("Lay out every card after opening (like View > Re-layout All)."));
    parser.addOptions({screenshot, benchDrag, benchFrames, size, select, layoutFirst});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Model to open (.seam.yaml or .seam.json)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // Fusion draws with the platform palette, so light and dark follow the desktop.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QString file = parser.positionalArguments().value(0);
    QTemporaryDir benchDir;
    const int benchComponents = parser.value(benchDrag).toInt();
    if (parser.isSet(benchDrag)) {
        if (benchComponents < 2) {
            std::fprintf(stderr, "seam: --bench-drag needs at least 2 components\n");
            return 2;
        }
        file = benchDir.filePath(QStringLiteral("bench.seam.yaml"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(QByteArray::fromStdString(seam::saveModelToString(
                   seam::synthetic::neighbourGrid(benchComponents, 3 * benchComponents), seam::FileFormat::Yaml)))
                < 0) {
            std::fprintf(stderr, "seam: cannot write %s\n", qPrintable(file));
            return 2;
        }
    }
    if (!file.isEmpty())
        file = QFileInfo(file).absoluteFilePath();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QVariantMap initial {{QStringLiteral("initialFile"), file},
                         {QStringLiteral("initialSelection"), parser.value(select)}};
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            initial.insert(QStringLiteral("width"), wh[0].toInt());
            initial.insert(QStringLiteral("height"), wh[1].toInt());
        }
    }
    engine.setInitialProperties(initial);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(3); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seam/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 3;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 3;

    if (parser.isSet(layoutFirst)) {
        if (QObject *layout = window->property("autoLayout").value<QObject *>()) {
            QMetaObject::invokeMethod(layout, "run");
            QMetaObject::invokeMethod(layout, "waitForFinished", Q_ARG(int, 60000));
            QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("canvas")), "requestFit");
        }
    }

    const bool loadFailed = !file.isEmpty() && documentOf(window) && documentOf(window)->filePath().isEmpty();
    if (parser.isSet(screenshot)) {
        // The picture shows the arrows' Graphviz routes, not the straight lines drawn until they arrive.
        if (QObject *canvas = window->findChild<QObject *>(QStringLiteral("canvas")))
            if (QObject *routes = canvas->property("routes").value<QObject *>())
                QMetaObject::invokeMethod(routes, "waitForRoutes", Q_ARG(int, 30000));
        if (loadFailed)
            std::fprintf(stderr, "seam: could not open %s\n", qPrintable(file));
        takeScreenshot(window, parser.value(screenshot));
    }

    std::unique_ptr<DragBench> bench;
    if (parser.isSet(benchDrag)) {
        bench = std::make_unique<DragBench>();
        bench->window = window;
        bench->doc = documentOf(window);
        bench->frames = std::max(30, parser.value(benchFrames).toInt());
        if (!bench->doc || bench->doc->componentCount() == 0) {
            std::fprintf(stderr, "seam: benchmark model did not load\n");
            return 2;
        }
        bench->doc->lintRunner()->setEnabled(false); // measure drawing, not lint
        // Drag the cards in the middle of the model, where they are most connected.
        for (int i = 0; i < 10; ++i) {
            const QString id = QStringLiteral("c%1").arg(benchComponents / 2 + i);
            bench->ids.append(id);
            bench->start.append(bench->doc->componentPosition(id));
        }
        bench->dragId = bench->doc->beginDrag();
        QTimer::singleShot(1500, window, [b = bench.get()] {
            QObject::connect(
                b->window, &QQuickWindow::frameSwapped, b->window, [b] { b->onFrame(); }, Qt::QueuedConnection);
            b->clock.start();
            b->step();
        });
    }

    return app.exec();
}
