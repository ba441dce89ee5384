#include "pdfreportgui.h"

#include <QGuiApplication>

namespace seam {

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
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace seam
