#include "pdfreportgui.h"

#include <QGuiApplication>

namespace seam {

namespace {

QtMessageHandler previousHandler = nullptr;

// Qt's platform start-up asks for the runtime folder and warns when XDG_RUNTIME_DIR is unset,
// as in CI jobs and containers; the offscreen platform never uses that folder.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> startHeadlessGui()
{
    if (QCoreApplication::instance())
        return nullptr;
    // `-platform offscreen` wins over a QT_QPA_PLATFORM=xcb left in the environment, which
    // would abort the process when no display is reachable. The arguments must outlive the
    // application, hence static.
    static int argc = 3;
    static char name[] = "seam-cli";
    static char option[] = "-platform";
    static char platform[] = "offscreen";
    static char *argv[] = {name, option, platform, nullptr};
    previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previousHandler);
    return app;
}

} // namespace seam
