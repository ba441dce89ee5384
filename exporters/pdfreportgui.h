#pragma once
// The QGuiApplication a PDF export needs (Qt's fonts belong to it), for a process that
// has no Qt application: seam-cli. It runs on Qt's offscreen platform, so it works
// without a display and without the user setting QT_QPA_PLATFORM.

#include <QCoreApplication>

#include <memory>

namespace seam {

// A headless QGuiApplication, or nullptr when the process already has an application.
// Keep it alive while exporting; call from the main thread.
std::unique_ptr<QCoreApplication> startHeadlessGui();

} // namespace seam
